/**
 * Run the sandbox in the foreground:
 *   node -r ts-node/register/transpile-only test/sandbox/cli.ts [--port N] [--host H] [--log] [--seed N]
 * Prints the base URL and credentials; stops on Ctrl-C.
 */
import { SANDBOX_API_KEY, SANDBOX_USERNAME, TEST_ACCOUNT_KEY, startSandbox } from './index';

function argValue(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	if (i >= 0) return args[i + 1];
	return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const port = Number(argValue(args, '--port') ?? process.env.SANDBOX_PORT ?? 0);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`Invalid --port: ${String(port)}`);
	const sandbox = await startSandbox({
		port,
		host: argValue(args, '--host') ?? '127.0.0.1',
		logger: args.includes('--log'),
		recordRequests: false,
	});
	const seed = Number(argValue(args, '--seed') ?? 0);
	if (seed > 0) sandbox.state.seedHistory(seed);
	console.log(`ClickSend sandbox listening on ${sandbox.url}`);
	console.log(`  username: ${SANDBOX_USERNAME}`);
	console.log(`  API key:  ${SANDBOX_API_KEY}`);
	console.log(`  test accounts nocredit / notactive / banned, key ${TEST_ACCOUNT_KEY}`);
	if (seed > 0) console.log(`  seeded ${seed} SMS history rows`);
	console.log('Press Ctrl-C to stop.');
	const stop = (): void => {
		void sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
