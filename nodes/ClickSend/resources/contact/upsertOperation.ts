import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { runPerItem } from '../../shared/perItem';
import { clickSendRequest, MAX_PAGE_SIZE, MAX_PAGES } from '../../shared/transport';
import { InvalidFieldError, numberedId } from '../../shared/validation';
import { contactProperty, normaliseContact } from './fields';
import { phoneMatchKey, phoneSearchText, prefixOnlyProblem } from './phoneMatch';
import { MATCH_BY_OPTIONS } from './upsert';

/**
 * Finds the contact of `listId` whose phone number equals `body.phone_number` (`matchBy`
 * phoneNumber; compared with {@link phoneMatchKey} for the contact's `address_country`: with a
 * known country `0411 111 111` and `0011 61 411 111 111` equal `+61411111111` for AU, else the same
 * digits) or whose email equals
 * `body.email` ignoring case (`matchBy` email): ClickSend's search (`q=phone_number:<digits>` /
 * `q=email:<email>`, a substring match) narrows the rows, this exact comparison decides; lowest
 * `contact_id` first. Pages through every match.
 */
async function findContact(
	context: IExecuteFunctions,
	listId: string,
	matchBy: string,
	body: IDataObject,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const byEmail = matchBy === 'email';
	const country = typeof body.address_country === 'string' ? body.address_country : undefined;
	const wanted = byEmail ? String(body.email).toLowerCase() : phoneMatchKey(body.phone_number, country);
	const q = byEmail ? `email:${wanted}` : `phone_number:${phoneSearchText(wanted, country)}`;
	const matches = (row: IDataObject) =>
		byEmail ? String(row.email ?? '').toLowerCase() === wanted : phoneMatchKey(row.phone_number, country) === wanted;
	for (let page = 1; page <= MAX_PAGES; page++) {
		const { envelope } = await clickSendRequest.call(
			context,
			{ method: 'GET', url: `/lists/${listId}/contacts`, qs: { q, order_by: 'contact_id:asc', page, limit: MAX_PAGE_SIZE } },
			itemIndex,
		);
		const data = envelope.data as IDataObject | undefined;
		const rows = (Array.isArray(data?.data) ? data.data : []) as IDataObject[];
		const found = rows.find(matches);
		if (found) return found;
		if (rows.length === 0 || page >= Number(data?.last_page ?? page)) return undefined;
	}
	return undefined;
}

/**
 * The `warning` of an item run again by Retry On Fail after the earlier try's create or update
 * failed with `why` and may have been applied. The retry searched the list again first, so a
 * contact that request created is found and updated, not created twice; what is left to check
 * depends on what the search found: nothing (ClickSend may not have saved, or not yet be finding,
 * what that request created), or the contact (`created: false` although that request may have
 * created it).
 */
function redoneWarning(why: string, created: boolean): string {
	const earlier = `An earlier try's request for this item failed after it may have reached ClickSend (${why})`;
	return created
		? `${earlier}. Searching the list again found no contact, so this try created it: if that request created one after all, the list has it twice; check the list for a duplicate`
		: `${earlier}. Searching the list again found the contact, so this try updated it and no second contact was created; that request may have created or updated it first (created is false all the same)`;
}

/**
 * Contact → Create or Update (`customOperations.contact.upsert`): for every input item, finds the
 * contact in the chosen list by phone number or email (see {@link findContact}), updates it
 * (`PUT /lists/{list_id}/contacts/{contact_id}`) or creates it (`POST /lists/{list_id}/contacts`).
 * Outputs ClickSend's contact plus `created: true|false`, one item per input item with `pairedItem`.
 * Fields are checked first (Phone Number, Email, Fax Number, Country), as Create checks them:
 * at least one of phone number, fax number or email; matching by phone needs the phone number; a
 * phone number that is an international prefix (the Country's, or `+`) and a few digits is refused
 * ({@link prefixOnlyProblem}).
 * A local-format number, or one after the country's international call prefix (AU `0011`, US `011`),
 * matches the E.164 form of the same number only when Additional Fields → Country is set (see
 * phoneMatch.ts); without it, only contacts stored with the same digits match.
 * The number is sent as given (formatting removed), never with an invented `+`. Retry On Fail
 * after a write that may have reached ClickSend searches again and warns ({@link redoneWarning}).
 */
export async function upsertContact(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runPerItem(
		this,
		(itemIndex) => {
			const listId = numberedId(this.getNodeParameter('listId', itemIndex, '', { extractValue: true }), 'Contact List');
			const matchBy = String(choiceValue(this.getNodeParameter('matchBy', itemIndex, 'phoneNumber'), 'Match By', MATCH_BY_OPTIONS));
			const body: IDataObject = {};
			const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			for (const [name, value] of Object.entries(additional)) {
				const property = contactProperty(name);
				if (property) body[property] = value;
			}
			const phoneGiven = this.getNodeParameter('phoneNumber', itemIndex, '');
			body.phone_number = phoneGiven;
			if (matchBy === 'email') body.email = this.getNodeParameter('email', itemIndex, '');
			// Reachable for certain: the value matched by (checked below) is a phone number or an email.
			normaliseContact(body, false);
			// Checked after normalising (which drops blanks and zero-width characters alone): an empty
			// value to match by would search for every contact and update the first one found.
			if (matchBy !== 'email' && body.phone_number === undefined) {
				throw new InvalidFieldError('Phone Number', 'is empty; give the phone number to find the contact by (or set Match By to Email)');
			}
			if (matchBy === 'email' && body.email === undefined) throw new InvalidFieldError('Email', 'is empty; give the email address to find the contact by');
			const prefixOnly = body.phone_number === undefined ? undefined : prefixOnlyProblem(body.phone_number, body.address_country as string | undefined, phoneGiven);
			if (prefixOnly) throw new InvalidFieldError('Phone Number', prefixOnly);
			return { listId, matchBy, body };
		},
		async (itemIndex, { listId, matchBy, body }, resentAfter) => {
			const existing = await findContact(this, listId, matchBy, body, itemIndex);
			const url = `/lists/${listId}/contacts`;
			const warning = (created: boolean) => (resentAfter === undefined ? {} : { warning: redoneWarning(resentAfter, created) });
			if (existing) {
				const { envelope } = await clickSendRequest.call(
					this,
					{ method: 'PUT', url: `${url}/${encodeURIComponent(String(existing.contact_id))}`, body },
					itemIndex,
				);
				return [{ ...((envelope.data ?? {}) as IDataObject), created: false, ...warning(false) }];
			}
			const { envelope } = await clickSendRequest.call(this, { method: 'POST', url, body }, itemIndex);
			return [{ ...((envelope.data ?? {}) as IDataObject), created: true, ...warning(true) }];
		},
	);
}
