// The tool's own version, reported in JSON and SARIF output.
export const TOOL_NAME = 'base-image-policy';
export const TOOL_VERSION = '0.1.0';
