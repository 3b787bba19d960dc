import './env';
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeParameters,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { HarnessCredentialsHelper } from './credentials';
import { nodeTypes } from './node-types';

/** Options of {@link runListSearch}. */
export interface ListSearchOptions {
	/** The node's current parameters (what the editor sends), e.g. `{ resource, operation, listId }`. */
	parameters: INodeParameters;
	/** Decrypted credential data by type, as for `runWorkflow`. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** What the user typed in the dropdown's search box. */
	filter?: string;
	/** The `paginationToken` of the previous page. */
	paginationToken?: string;
}

/**
 * Calls a `methods.listSearch` function of the ClickSend node the way n8n's editor does (its
 * DynamicNodeParametersService): in n8n-core's `LoadOptionsContext`, with the node holding the
 * current parameters (also given as `additionalData.currentNodeParameters`) and the credential.
 */
export async function runListSearch(method: string, options: ListSearchOptions): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'list-search',
		name: 'ClickSend',
		type: 'n8n-nodes-clicksend.clickSend',
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } },
	};
	const workflow = new Workflow({ id: 'list-search', nodes: [node], connections: {}, active: false, nodeTypes, settings: { timezone: 'UTC' } });
	const additionalData = {
		credentialsHelper: new HarnessCredentialsHelper(options.credentials),
		currentNodeParameters: options.parameters,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		variables: {},
		userId: 'harness',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const search = (new ClickSend().methods.listSearch as Record<string, (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>>)[method];
	if (!search) throw new Error(`No listSearch method ${method}`);
	return await search.call(context, options.filter, options.paginationToken);
}
