import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { requiredText, validate } from '../../shared/validation';

/** Fields of Contact List → Create (`POST /lists`, ClickSend "Create a new contact list"). */
export const contactListCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'listName',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('contactList', 'create') },
		default: '',
		placeholder: 'Newsletter',
		description: 'Name of the new contact list',
		routing: { send: { type: 'body', property: 'list_name' } },
	},
];

/**
 * preSend of Contact List → Create and Update: the Name must be text (numbers as text; not a list
 * or object) with something in it; it is trimmed.
 * @throws InvalidFieldError "Name" otherwise.
 */
export const checkListName = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.list_name = requiredText(body.list_name, 'Name', { hint: 'give the contact list a name' });
});
