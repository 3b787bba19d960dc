import type { IDataObject } from 'n8n-workflow';

import { pairedIndex, useSandbox } from './helpers/sandbox';
import { expectValidBody } from './helpers/spec';

const cs = useSandbox();

async function template(operation: string, parameters: IDataObject = {}, items?: IDataObject[]) {
	cs.sandbox.requests.length = 0;
	const result = await cs.run({ resource: 'smsTemplate', operation, ...parameters }, { items });
	expect(result.error).toBeUndefined();
	for (const request of cs.sandbox.requests) expectValidBody(request);
	return result.output('ClickSend');
}

const byId = (id: unknown) => ({ __rl: true, mode: 'id', value: String(id) });

describe('SMS Template: create → get many → update → get many → delete', () => {
	test('round trip through the engine, each request and output asserted', async () => {
		const created = await template('create', { templateName: '={{ $json.name }}', body: '={{ $json.text }}' }, [
			{ name: 'Welcome', text: 'Hi [First Name], welcome!' },
			{ name: 'Bye', text: 'See you soon' },
		]);
		expect(cs.requests('/sms/templates').map((r) => [r.method, r.body])).toEqual([
			['POST', { template_name: 'Welcome', body: 'Hi [First Name], welcome!' }],
			['POST', { template_name: 'Bye', body: 'See you soon' }],
		]);
		expect(created.map((i) => i.json)).toEqual([
			{ template_id: 1, template_name: 'Welcome', body: 'Hi [First Name], welcome!' },
			{ template_id: 2, template_name: 'Bye', body: 'See you soon' },
		]);
		expect(created.map(pairedIndex)).toEqual([0, 1]);

		const listed = await template('getAll', { returnAll: true });
		expect(cs.requests('/sms/templates').map((r) => [r.method, r.query])).toEqual([['GET', { page: '1', limit: '100' }]]);
		expect(listed.map((i) => i.json.template_name)).toEqual(['Welcome', 'Bye']);

		const updated = await template('update', { templateId: byId(1), templateName: 'Welcome v2', body: 'Hello [First Name]!' });
		const [put] = cs.requests('/sms/templates/1');
		expect([put.method, put.body]).toEqual(['PUT', { template_name: 'Welcome v2', body: 'Hello [First Name]!' }]);
		expect(updated.map((i) => i.json)).toEqual([{ template_id: 1, template_name: 'Welcome v2', body: 'Hello [First Name]!' }]);

		const limited = await template('getAll', { returnAll: false, limit: 1, filters: { q: 'template_name:welcome' } });
		expect(cs.requests('/sms/templates')[0].query).toEqual({ page: '1', limit: '15', q: 'template_name:welcome' });
		expect(limited.map((i) => i.json)).toEqual([{ template_id: 1, template_name: 'Welcome v2', body: 'Hello [First Name]!' }]);

		const deleted = await template('delete', { templateId: { __rl: true, mode: 'list', value: '2' } });
		expect(cs.requests('/sms/templates/2').map((r) => r.method)).toEqual(['DELETE']);
		expect(deleted.map((i) => i.json)).toEqual([{ success: true, message: 'Your template has been deleted.' }]);

		expect((await template('getAll', { returnAll: true })).map((i) => i.json.template_id)).toEqual([1]);
	});

	test('updating or deleting an unknown template fails with NOT_FOUND, linked to its item', async () => {
		const result = await cs.run(
			{ resource: 'smsTemplate', operation: 'delete', templateId: byId(99) },
			{ onError: 'continueRegularOutput' },
		);
		const [item] = result.output('ClickSend');
		expect(item.json.error).toContain('Template 99 not found');
		expect(pairedIndex(item)).toBe(0);
	});

	test('an empty body is rejected before any request', async () => {
		const result = await cs.run({ resource: 'smsTemplate', operation: 'create', templateName: 'X', body: '={{ "  " }}' });
		expect(result.error?.message).toContain('Invalid Body: is empty');
		expect(cs.requests()).toHaveLength(0);
	});

	test('the Template field is a resource locator backed by the registered getSmsTemplates listSearch', async () => {
		const { getSmsTemplates } = await import('../nodes/ClickSend/listSearch/getSmsTemplates');
		const { ClickSend } = await import('../nodes/ClickSend/ClickSend.node');
		expect(new ClickSend().methods.listSearch.getSmsTemplates).toBe(getSmsTemplates);
		const locator = new ClickSend().description.properties.find(
			(p) => p.name === 'templateId' && p.displayOptions?.show?.operation?.includes('update'),
		);
		expect(locator?.modes?.[0]).toMatchObject({ typeOptions: { searchListMethod: 'getSmsTemplates' } });
	});
});
