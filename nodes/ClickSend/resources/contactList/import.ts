import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { showFor } from '../../shared/descriptions';
import { InvalidFieldError, isBlank, validate } from '../../shared/validation';
import { csvSourceFields } from './csvFile';
import { IMPORT_FIELDS } from './importFields';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'import');
const IMPORT_OPTIONS = IMPORT_FIELDS.map((f) => ({ name: f.name, value: f.value }));

/**
 * Fields of Contact List → Import Contacts (`POST /lists/{list_id}/import`, ClickSend "Import
 * Contacts to List"): a CSV file (binary property or URL, see csvFile.ts) and its columns in order
 * (`field_order`). ClickSend queues the import; the output is its queue answer.
 */
export const contactListImportDescription: INodeProperties[] = [
	contactListLocator(show, { description: 'The contact list to import the contacts into' }),
	...csvSourceFields('import'),
	{
		displayName: 'Columns',
		name: 'fieldOrder',
		type: 'fixedCollection',
		required: true,
		typeOptions: { multipleValues: true, sortable: true },
		displayOptions: { show },
		default: { columns: [{ field: 'phone' }, { field: 'first_name' }, { field: 'last_name' }] },
		placeholder: 'Add Column',
		description: 'What each column of the CSV file holds, from the first column to the last',
		options: [
			{
				displayName: 'Column',
				name: 'columns',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: IMPORT_OPTIONS,
						default: 'phone',
						description: 'The contact field this column holds',
					},
				],
			},
		],
	},
];

/**
 * preSend of Import Contacts: turns the Columns into `field_order` (`["phone","first_name",…]`).
 * A field from an expression must be one of the contact fields (value or name, any case).
 * @throws InvalidFieldError when there is no column, a column has no field (an expression that gave
 * nothing), a field is not a contact field or is repeated,
 * or no column holds a phone number, fax number or email (ClickSend needs one of them per contact).
 */
export const importFieldOrder = validate(function (options) {
	const columns = ((this.getNodeParameter('fieldOrder', {}) as IDataObject).columns ?? []) as IDataObject[];
	// Columns are positional: a blank one is an error, never dropped (every later column would
	// then fill the field of the one before it).
	const order = columns.map((column, index) => {
		if (isBlank(column.field)) throw new InvalidFieldError('Columns', `column ${index + 1} has no field; choose the contact field of that CSV column`);
		return String(choiceValue(column.field, 'Columns', IMPORT_OPTIONS));
	});
	if (order.length === 0) throw new InvalidFieldError('Columns', 'add the CSV columns in order, e.g. Phone, First Name, Last Name');
	const repeated = order.find((field, index) => order.indexOf(field) !== index);
	if (repeated) throw new InvalidFieldError('Columns', `"${repeated}" is used for two columns`);
	if (!order.some((field) => ['phone', 'fax_number', 'email'].includes(field))) {
		throw new InvalidFieldError('Columns', 'one column must hold Phone, Fax Number or Email');
	}
	const body = (options.body ??= {}) as IDataObject;
	body.field_order = order;
});
