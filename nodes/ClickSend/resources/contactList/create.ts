import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { hasVisibleText } from '../../shared/text';
import { InvalidFieldError, textValue, validate } from '../../shared/validation';

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
	const name = textValue(body.list_name ?? '', 'Name').trim();
	if (!hasVisibleText(name)) throw new InvalidFieldError('Name', 'is empty; give the contact list a name');
	body.list_name = name;
});
