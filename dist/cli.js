#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import require$$3, { existsSync, readFileSync, lstatSync, statSync, realpathSync, readdirSync, openSync, fstatSync, readSync, closeSync, writeFileSync, constants as constants$1, ftruncateSync, writeSync } from 'node:fs';
import require$$0 from 'node:events';
import require$$1 from 'node:child_process';
import path from 'node:path';
import require$$4 from 'node:process';
import require$$0$1 from 'process';
import require$$0$2 from 'buffer';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { isAscii, isUtf8 } from 'node:buffer';
import os from 'node:os';
import { createRequire } from 'node:module';

// Imported first by each entry point (dist/cli.js, dist/index.js), before any other module runs: a setting of the
// engine's compiler that suits a scan, measured on the bench's 10,000 files (see the README's Speed section). It
// steers only how fast the same code runs, never what it does.
// The optimising compiler inlines callees of up to 460 bytes of bytecode, 920 in all per function, by default. A
// scan's hot functions are many and large, and most of its time on two cores is their first few thousand files:
// the compiler's threads then take about a core, and the scanning thread waits for one. Inlining only small
// callees cuts the compiler's work by about 30 %; the scanning thread's code is a few per cent slower, and a scan
// 5 % faster.
setFlagsFromString('--max-inlined-bytecode-size=60 --max-inlined-bytecode-size-cumulative=150');

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var commander$1 = {};

var argument = {};

var error = {};

/**
 * CommanderError class
 */

var hasRequiredError;

function requireError () {
	if (hasRequiredError) return error;
	hasRequiredError = 1;
	class CommanderError extends Error {
	  /**
	   * Constructs the CommanderError class
	   * @param {number} exitCode suggested exit code which could be used with process.exit
	   * @param {string} code an id string representing the error
	   * @param {string} message human-readable description of the error
	   */
	  constructor(exitCode, code, message) {
	    super(message);
	    // properly capture stack trace in Node.js
	    Error.captureStackTrace(this, this.constructor);
	    this.name = this.constructor.name;
	    this.code = code;
	    this.exitCode = exitCode;
	    this.nestedError = undefined;
	  }
	}

	/**
	 * InvalidArgumentError class
	 */
	class InvalidArgumentError extends CommanderError {
	  /**
	   * Constructs the InvalidArgumentError class
	   * @param {string} [message] explanation of why argument is invalid
	   */
	  constructor(message) {
	    super(1, 'commander.invalidArgument', message);
	    // properly capture stack trace in Node.js
	    Error.captureStackTrace(this, this.constructor);
	    this.name = this.constructor.name;
	  }
	}

	error.CommanderError = CommanderError;
	error.InvalidArgumentError = InvalidArgumentError;
	return error;
}

var hasRequiredArgument;

function requireArgument () {
	if (hasRequiredArgument) return argument;
	hasRequiredArgument = 1;
	const { InvalidArgumentError } = requireError();

	class Argument {
	  /**
	   * Initialize a new command argument with the given name and description.
	   * The default is that the argument is required, and you can explicitly
	   * indicate this with <> around the name. Put [] around the name for an optional argument.
	   *
	   * @param {string} name
	   * @param {string} [description]
	   */

	  constructor(name, description) {
	    this.description = description || '';
	    this.variadic = false;
	    this.parseArg = undefined;
	    this.defaultValue = undefined;
	    this.defaultValueDescription = undefined;
	    this.argChoices = undefined;

	    switch (name[0]) {
	      case '<': // e.g. <required>
	        this.required = true;
	        this._name = name.slice(1, -1);
	        break;
	      case '[': // e.g. [optional]
	        this.required = false;
	        this._name = name.slice(1, -1);
	        break;
	      default:
	        this.required = true;
	        this._name = name;
	        break;
	    }

	    if (this._name.endsWith('...')) {
	      this.variadic = true;
	      this._name = this._name.slice(0, -3);
	    }
	  }

	  /**
	   * Return argument name.
	   *
	   * @return {string}
	   */

	  name() {
	    return this._name;
	  }

	  /**
	   * @package
	   */

	  _collectValue(value, previous) {
	    if (previous === this.defaultValue || !Array.isArray(previous)) {
	      return [value];
	    }

	    previous.push(value);
	    return previous;
	  }

	  /**
	   * Set the default value, and optionally supply the description to be displayed in the help.
	   *
	   * @param {*} value
	   * @param {string} [description]
	   * @return {Argument}
	   */

	  default(value, description) {
	    this.defaultValue = value;
	    this.defaultValueDescription = description;
	    return this;
	  }

	  /**
	   * Set the custom handler for processing CLI command arguments into argument values.
	   *
	   * @param {Function} [fn]
	   * @return {Argument}
	   */

	  argParser(fn) {
	    this.parseArg = fn;
	    return this;
	  }

	  /**
	   * Only allow argument value to be one of choices.
	   *
	   * @param {string[]} values
	   * @return {Argument}
	   */

	  choices(values) {
	    this.argChoices = values.slice();
	    this.parseArg = (arg, previous) => {
	      if (!this.argChoices.includes(arg)) {
	        throw new InvalidArgumentError(
	          `Allowed choices are ${this.argChoices.join(', ')}.`,
	        );
	      }
	      if (this.variadic) {
	        return this._collectValue(arg, previous);
	      }
	      return arg;
	    };
	    return this;
	  }

	  /**
	   * Make argument required.
	   *
	   * @returns {Argument}
	   */
	  argRequired() {
	    this.required = true;
	    return this;
	  }

	  /**
	   * Make argument optional.
	   *
	   * @returns {Argument}
	   */
	  argOptional() {
	    this.required = false;
	    return this;
	  }
	}

	/**
	 * Takes an argument and returns its human readable equivalent for help usage.
	 *
	 * @param {Argument} arg
	 * @return {string}
	 * @private
	 */

	function humanReadableArgName(arg) {
	  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

	  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
	}

	argument.Argument = Argument;
	argument.humanReadableArgName = humanReadableArgName;
	return argument;
}

var command = {};

var help = {};

var hasRequiredHelp;

function requireHelp () {
	if (hasRequiredHelp) return help;
	hasRequiredHelp = 1;
	const { humanReadableArgName } = requireArgument();

	/**
	 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	 * @typedef { import("./argument.js").Argument } Argument
	 * @typedef { import("./command.js").Command } Command
	 * @typedef { import("./option.js").Option } Option
	 */

	// Although this is a class, methods are static in style to allow override using subclass or just functions.
	class Help {
	  constructor() {
	    this.helpWidth = undefined;
	    this.minWidthToWrap = 40;
	    this.sortSubcommands = false;
	    this.sortOptions = false;
	    this.showGlobalOptions = false;
	  }

	  /**
	   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
	   * and just before calling `formatHelp()`.
	   *
	   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
	   *
	   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
	   */
	  prepareContext(contextOptions) {
	    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
	  }

	  /**
	   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
	   *
	   * @param {Command} cmd
	   * @returns {Command[]}
	   */

	  visibleCommands(cmd) {
	    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
	    const helpCommand = cmd._getHelpCommand();
	    if (helpCommand && !helpCommand._hidden) {
	      visibleCommands.push(helpCommand);
	    }
	    if (this.sortSubcommands) {
	      visibleCommands.sort((a, b) => {
	        // @ts-ignore: because overloaded return type
	        return a.name().localeCompare(b.name());
	      });
	    }
	    return visibleCommands;
	  }

	  /**
	   * Compare options for sort.
	   *
	   * @param {Option} a
	   * @param {Option} b
	   * @returns {number}
	   */
	  compareOptions(a, b) {
	    const getSortKey = (option) => {
	      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
	      return option.short
	        ? option.short.replace(/^-/, '')
	        : option.long.replace(/^--/, '');
	    };
	    return getSortKey(a).localeCompare(getSortKey(b));
	  }

	  /**
	   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
	   *
	   * @param {Command} cmd
	   * @returns {Option[]}
	   */

	  visibleOptions(cmd) {
	    const visibleOptions = cmd.options.filter((option) => !option.hidden);
	    // Built-in help option.
	    const helpOption = cmd._getHelpOption();
	    if (helpOption && !helpOption.hidden) {
	      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
	      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
	      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
	      if (!removeShort && !removeLong) {
	        visibleOptions.push(helpOption); // no changes needed
	      } else if (helpOption.long && !removeLong) {
	        visibleOptions.push(
	          cmd.createOption(helpOption.long, helpOption.description),
	        );
	      } else if (helpOption.short && !removeShort) {
	        visibleOptions.push(
	          cmd.createOption(helpOption.short, helpOption.description),
	        );
	      }
	    }
	    if (this.sortOptions) {
	      visibleOptions.sort(this.compareOptions);
	    }
	    return visibleOptions;
	  }

	  /**
	   * Get an array of the visible global options. (Not including help.)
	   *
	   * @param {Command} cmd
	   * @returns {Option[]}
	   */

	  visibleGlobalOptions(cmd) {
	    if (!this.showGlobalOptions) return [];

	    const globalOptions = [];
	    for (
	      let ancestorCmd = cmd.parent;
	      ancestorCmd;
	      ancestorCmd = ancestorCmd.parent
	    ) {
	      const visibleOptions = ancestorCmd.options.filter(
	        (option) => !option.hidden,
	      );
	      globalOptions.push(...visibleOptions);
	    }
	    if (this.sortOptions) {
	      globalOptions.sort(this.compareOptions);
	    }
	    return globalOptions;
	  }

	  /**
	   * Get an array of the arguments if any have a description.
	   *
	   * @param {Command} cmd
	   * @returns {Argument[]}
	   */

	  visibleArguments(cmd) {
	    // Side effect! Apply the legacy descriptions before the arguments are displayed.
	    if (cmd._argsDescription) {
	      cmd.registeredArguments.forEach((argument) => {
	        argument.description =
	          argument.description || cmd._argsDescription[argument.name()] || '';
	      });
	    }

	    // If there are any arguments with a description then return all the arguments.
	    if (cmd.registeredArguments.find((argument) => argument.description)) {
	      return cmd.registeredArguments;
	    }
	    return [];
	  }

	  /**
	   * Get the command term to show in the list of subcommands.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  subcommandTerm(cmd) {
	    // Legacy. Ignores custom usage string, and nested commands.
	    const args = cmd.registeredArguments
	      .map((arg) => humanReadableArgName(arg))
	      .join(' ');
	    return (
	      cmd._name +
	      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
	      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
	      (args ? ' ' + args : '')
	    );
	  }

	  /**
	   * Get the option term to show in the list of options.
	   *
	   * @param {Option} option
	   * @returns {string}
	   */

	  optionTerm(option) {
	    return option.flags;
	  }

	  /**
	   * Get the argument term to show in the list of arguments.
	   *
	   * @param {Argument} argument
	   * @returns {string}
	   */

	  argumentTerm(argument) {
	    return argument.name();
	  }

	  /**
	   * Get the longest command term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestSubcommandTermLength(cmd, helper) {
	    return helper.visibleCommands(cmd).reduce((max, command) => {
	      return Math.max(
	        max,
	        this.displayWidth(
	          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
	        ),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest option term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestOptionTermLength(cmd, helper) {
	    return helper.visibleOptions(cmd).reduce((max, option) => {
	      return Math.max(
	        max,
	        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest global option term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestGlobalOptionTermLength(cmd, helper) {
	    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
	      return Math.max(
	        max,
	        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest argument term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestArgumentTermLength(cmd, helper) {
	    return helper.visibleArguments(cmd).reduce((max, argument) => {
	      return Math.max(
	        max,
	        this.displayWidth(
	          helper.styleArgumentTerm(helper.argumentTerm(argument)),
	        ),
	      );
	    }, 0);
	  }

	  /**
	   * Get the command usage to be displayed at the top of the built-in help.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  commandUsage(cmd) {
	    // Usage
	    let cmdName = cmd._name;
	    if (cmd._aliases[0]) {
	      cmdName = cmdName + '|' + cmd._aliases[0];
	    }
	    let ancestorCmdNames = '';
	    for (
	      let ancestorCmd = cmd.parent;
	      ancestorCmd;
	      ancestorCmd = ancestorCmd.parent
	    ) {
	      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
	    }
	    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
	  }

	  /**
	   * Get the description for the command.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  commandDescription(cmd) {
	    // @ts-ignore: because overloaded return type
	    return cmd.description();
	  }

	  /**
	   * Get the subcommand summary to show in the list of subcommands.
	   * (Fallback to description for backwards compatibility.)
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  subcommandDescription(cmd) {
	    // @ts-ignore: because overloaded return type
	    return cmd.summary() || cmd.description();
	  }

	  /**
	   * Get the option description to show in the list of options.
	   *
	   * @param {Option} option
	   * @return {string}
	   */

	  optionDescription(option) {
	    const extraInfo = [];

	    if (option.argChoices) {
	      extraInfo.push(
	        // use stringify to match the display of the default value
	        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
	      );
	    }
	    if (option.defaultValue !== undefined) {
	      // default for boolean and negated more for programmer than end user,
	      // but show true/false for boolean option as may be for hand-rolled env or config processing.
	      const showDefault =
	        option.required ||
	        option.optional ||
	        (option.isBoolean() && typeof option.defaultValue === 'boolean');
	      if (showDefault) {
	        extraInfo.push(
	          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
	        );
	      }
	    }
	    // preset for boolean and negated are more for programmer than end user
	    if (option.presetArg !== undefined && option.optional) {
	      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
	    }
	    if (option.envVar !== undefined) {
	      extraInfo.push(`env: ${option.envVar}`);
	    }
	    if (extraInfo.length > 0) {
	      const extraDescription = `(${extraInfo.join(', ')})`;
	      if (option.description) {
	        return `${option.description} ${extraDescription}`;
	      }
	      return extraDescription;
	    }

	    return option.description;
	  }

	  /**
	   * Get the argument description to show in the list of arguments.
	   *
	   * @param {Argument} argument
	   * @return {string}
	   */

	  argumentDescription(argument) {
	    const extraInfo = [];
	    if (argument.argChoices) {
	      extraInfo.push(
	        // use stringify to match the display of the default value
	        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
	      );
	    }
	    if (argument.defaultValue !== undefined) {
	      extraInfo.push(
	        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
	      );
	    }
	    if (extraInfo.length > 0) {
	      const extraDescription = `(${extraInfo.join(', ')})`;
	      if (argument.description) {
	        return `${argument.description} ${extraDescription}`;
	      }
	      return extraDescription;
	    }
	    return argument.description;
	  }

	  /**
	   * Format a list of items, given a heading and an array of formatted items.
	   *
	   * @param {string} heading
	   * @param {string[]} items
	   * @param {Help} helper
	   * @returns string[]
	   */
	  formatItemList(heading, items, helper) {
	    if (items.length === 0) return [];

	    return [helper.styleTitle(heading), ...items, ''];
	  }

	  /**
	   * Group items by their help group heading.
	   *
	   * @param {Command[] | Option[]} unsortedItems
	   * @param {Command[] | Option[]} visibleItems
	   * @param {Function} getGroup
	   * @returns {Map<string, Command[] | Option[]>}
	   */
	  groupItems(unsortedItems, visibleItems, getGroup) {
	    const result = new Map();
	    // Add groups in order of appearance in unsortedItems.
	    unsortedItems.forEach((item) => {
	      const group = getGroup(item);
	      if (!result.has(group)) result.set(group, []);
	    });
	    // Add items in order of appearance in visibleItems.
	    visibleItems.forEach((item) => {
	      const group = getGroup(item);
	      if (!result.has(group)) {
	        result.set(group, []);
	      }
	      result.get(group).push(item);
	    });
	    return result;
	  }

	  /**
	   * Generate the built-in help text.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {string}
	   */

	  formatHelp(cmd, helper) {
	    const termWidth = helper.padWidth(cmd, helper);
	    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

	    function callFormatItem(term, description) {
	      return helper.formatItem(term, termWidth, description, helper);
	    }

	    // Usage
	    let output = [
	      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
	      '',
	    ];

	    // Description
	    const commandDescription = helper.commandDescription(cmd);
	    if (commandDescription.length > 0) {
	      output = output.concat([
	        helper.boxWrap(
	          helper.styleCommandDescription(commandDescription),
	          helpWidth,
	        ),
	        '',
	      ]);
	    }

	    // Arguments
	    const argumentList = helper.visibleArguments(cmd).map((argument) => {
	      return callFormatItem(
	        helper.styleArgumentTerm(helper.argumentTerm(argument)),
	        helper.styleArgumentDescription(helper.argumentDescription(argument)),
	      );
	    });
	    output = output.concat(
	      this.formatItemList('Arguments:', argumentList, helper),
	    );

	    // Options
	    const optionGroups = this.groupItems(
	      cmd.options,
	      helper.visibleOptions(cmd),
	      (option) => option.helpGroupHeading ?? 'Options:',
	    );
	    optionGroups.forEach((options, group) => {
	      const optionList = options.map((option) => {
	        return callFormatItem(
	          helper.styleOptionTerm(helper.optionTerm(option)),
	          helper.styleOptionDescription(helper.optionDescription(option)),
	        );
	      });
	      output = output.concat(this.formatItemList(group, optionList, helper));
	    });

	    if (helper.showGlobalOptions) {
	      const globalOptionList = helper
	        .visibleGlobalOptions(cmd)
	        .map((option) => {
	          return callFormatItem(
	            helper.styleOptionTerm(helper.optionTerm(option)),
	            helper.styleOptionDescription(helper.optionDescription(option)),
	          );
	        });
	      output = output.concat(
	        this.formatItemList('Global Options:', globalOptionList, helper),
	      );
	    }

	    // Commands
	    const commandGroups = this.groupItems(
	      cmd.commands,
	      helper.visibleCommands(cmd),
	      (sub) => sub.helpGroup() || 'Commands:',
	    );
	    commandGroups.forEach((commands, group) => {
	      const commandList = commands.map((sub) => {
	        return callFormatItem(
	          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
	          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
	        );
	      });
	      output = output.concat(this.formatItemList(group, commandList, helper));
	    });

	    return output.join('\n');
	  }

	  /**
	   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
	   *
	   * @param {string} str
	   * @returns {number}
	   */
	  displayWidth(str) {
	    return stripColor(str).length;
	  }

	  /**
	   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
	   *
	   * @param {string} str
	   * @returns {string}
	   */
	  styleTitle(str) {
	    return str;
	  }

	  styleUsage(str) {
	    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
	    //    command subcommand [options] [command] <foo> [bar]
	    return str
	      .split(' ')
	      .map((word) => {
	        if (word === '[options]') return this.styleOptionText(word);
	        if (word === '[command]') return this.styleSubcommandText(word);
	        if (word[0] === '[' || word[0] === '<')
	          return this.styleArgumentText(word);
	        return this.styleCommandText(word); // Restrict to initial words?
	      })
	      .join(' ');
	  }
	  styleCommandDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleOptionDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleSubcommandDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleArgumentDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleDescriptionText(str) {
	    return str;
	  }
	  styleOptionTerm(str) {
	    return this.styleOptionText(str);
	  }
	  styleSubcommandTerm(str) {
	    // This is very like usage with lots of parts! Assume default string which is formed like:
	    //    subcommand [options] <foo> [bar]
	    return str
	      .split(' ')
	      .map((word) => {
	        if (word === '[options]') return this.styleOptionText(word);
	        if (word[0] === '[' || word[0] === '<')
	          return this.styleArgumentText(word);
	        return this.styleSubcommandText(word); // Restrict to initial words?
	      })
	      .join(' ');
	  }
	  styleArgumentTerm(str) {
	    return this.styleArgumentText(str);
	  }
	  styleOptionText(str) {
	    return str;
	  }
	  styleArgumentText(str) {
	    return str;
	  }
	  styleSubcommandText(str) {
	    return str;
	  }
	  styleCommandText(str) {
	    return str;
	  }

	  /**
	   * Calculate the pad width from the maximum term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  padWidth(cmd, helper) {
	    return Math.max(
	      helper.longestOptionTermLength(cmd, helper),
	      helper.longestGlobalOptionTermLength(cmd, helper),
	      helper.longestSubcommandTermLength(cmd, helper),
	      helper.longestArgumentTermLength(cmd, helper),
	    );
	  }

	  /**
	   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
	   *
	   * @param {string} str
	   * @returns {boolean}
	   */
	  preformatted(str) {
	    return /\n[^\S\r\n]/.test(str);
	  }

	  /**
	   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
	   *
	   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
	   *   TTT  DDD DDDD
	   *        DD DDD
	   *
	   * @param {string} term
	   * @param {number} termWidth
	   * @param {string} description
	   * @param {Help} helper
	   * @returns {string}
	   */
	  formatItem(term, termWidth, description, helper) {
	    const itemIndent = 2;
	    const itemIndentStr = ' '.repeat(itemIndent);
	    if (!description) return itemIndentStr + term;

	    // Pad the term out to a consistent width, so descriptions are aligned.
	    const paddedTerm = term.padEnd(
	      termWidth + term.length - helper.displayWidth(term),
	    );

	    // Format the description.
	    const spacerWidth = 2; // between term and description
	    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
	    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
	    let formattedDescription;
	    if (
	      remainingWidth < this.minWidthToWrap ||
	      helper.preformatted(description)
	    ) {
	      formattedDescription = description;
	    } else {
	      const wrappedDescription = helper.boxWrap(description, remainingWidth);
	      formattedDescription = wrappedDescription.replace(
	        /\n/g,
	        '\n' + ' '.repeat(termWidth + spacerWidth),
	      );
	    }

	    // Construct and overall indent.
	    return (
	      itemIndentStr +
	      paddedTerm +
	      ' '.repeat(spacerWidth) +
	      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
	    );
	  }

	  /**
	   * Wrap a string at whitespace, preserving existing line breaks.
	   * Wrapping is skipped if the width is less than `minWidthToWrap`.
	   *
	   * @param {string} str
	   * @param {number} width
	   * @returns {string}
	   */
	  boxWrap(str, width) {
	    if (width < this.minWidthToWrap) return str;

	    const rawLines = str.split(/\r\n|\n/);
	    // split up text by whitespace
	    const chunkPattern = /[\s]*[^\s]+/g;
	    const wrappedLines = [];
	    rawLines.forEach((line) => {
	      const chunks = line.match(chunkPattern);
	      if (chunks === null) {
	        wrappedLines.push('');
	        return;
	      }

	      let sumChunks = [chunks.shift()];
	      let sumWidth = this.displayWidth(sumChunks[0]);
	      chunks.forEach((chunk) => {
	        const visibleWidth = this.displayWidth(chunk);
	        // Accumulate chunks while they fit into width.
	        if (sumWidth + visibleWidth <= width) {
	          sumChunks.push(chunk);
	          sumWidth += visibleWidth;
	          return;
	        }
	        wrappedLines.push(sumChunks.join(''));

	        const nextChunk = chunk.trimStart(); // trim space at line break
	        sumChunks = [nextChunk];
	        sumWidth = this.displayWidth(nextChunk);
	      });
	      wrappedLines.push(sumChunks.join(''));
	    });

	    return wrappedLines.join('\n');
	  }
	}

	/**
	 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	 *
	 * @param {string} str
	 * @returns {string}
	 * @package
	 */

	function stripColor(str) {
	  // eslint-disable-next-line no-control-regex
	  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
	  return str.replace(sgrPattern, '');
	}

	help.Help = Help;
	help.stripColor = stripColor;
	return help;
}

var option = {};

var hasRequiredOption;

function requireOption () {
	if (hasRequiredOption) return option;
	hasRequiredOption = 1;
	const { InvalidArgumentError } = requireError();

	class Option {
	  /**
	   * Initialize a new `Option` with the given `flags` and `description`.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   */

	  constructor(flags, description) {
	    this.flags = flags;
	    this.description = description || '';

	    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
	    this.optional = flags.includes('['); // A value is optional when the option is specified.
	    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
	    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
	    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
	    const optionFlags = splitOptionFlags(flags);
	    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
	    this.long = optionFlags.longFlag;
	    this.negate = false;
	    if (this.long) {
	      this.negate = this.long.startsWith('--no-');
	    }
	    this.defaultValue = undefined;
	    this.defaultValueDescription = undefined;
	    this.presetArg = undefined;
	    this.envVar = undefined;
	    this.parseArg = undefined;
	    this.hidden = false;
	    this.argChoices = undefined;
	    this.conflictsWith = [];
	    this.implied = undefined;
	    this.helpGroupHeading = undefined; // soft initialised when option added to command
	  }

	  /**
	   * Set the default value, and optionally supply the description to be displayed in the help.
	   *
	   * @param {*} value
	   * @param {string} [description]
	   * @return {Option}
	   */

	  default(value, description) {
	    this.defaultValue = value;
	    this.defaultValueDescription = description;
	    return this;
	  }

	  /**
	   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
	   * The custom processing (parseArg) is called.
	   *
	   * @example
	   * new Option('--color').default('GREYSCALE').preset('RGB');
	   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
	   *
	   * @param {*} arg
	   * @return {Option}
	   */

	  preset(arg) {
	    this.presetArg = arg;
	    return this;
	  }

	  /**
	   * Add option name(s) that conflict with this option.
	   * An error will be displayed if conflicting options are found during parsing.
	   *
	   * @example
	   * new Option('--rgb').conflicts('cmyk');
	   * new Option('--js').conflicts(['ts', 'jsx']);
	   *
	   * @param {(string | string[])} names
	   * @return {Option}
	   */

	  conflicts(names) {
	    this.conflictsWith = this.conflictsWith.concat(names);
	    return this;
	  }

	  /**
	   * Specify implied option values for when this option is set and the implied options are not.
	   *
	   * The custom processing (parseArg) is not called on the implied values.
	   *
	   * @example
	   * program
	   *   .addOption(new Option('--log', 'write logging information to file'))
	   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
	   *
	   * @param {object} impliedOptionValues
	   * @return {Option}
	   */
	  implies(impliedOptionValues) {
	    let newImplied = impliedOptionValues;
	    if (typeof impliedOptionValues === 'string') {
	      // string is not documented, but easy mistake and we can do what user probably intended.
	      newImplied = { [impliedOptionValues]: true };
	    }
	    this.implied = Object.assign(this.implied || {}, newImplied);
	    return this;
	  }

	  /**
	   * Set environment variable to check for option value.
	   *
	   * An environment variable is only used if when processed the current option value is
	   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
	   *
	   * @param {string} name
	   * @return {Option}
	   */

	  env(name) {
	    this.envVar = name;
	    return this;
	  }

	  /**
	   * Set the custom handler for processing CLI option arguments into option values.
	   *
	   * @param {Function} [fn]
	   * @return {Option}
	   */

	  argParser(fn) {
	    this.parseArg = fn;
	    return this;
	  }

	  /**
	   * Whether the option is mandatory and must have a value after parsing.
	   *
	   * @param {boolean} [mandatory=true]
	   * @return {Option}
	   */

	  makeOptionMandatory(mandatory = true) {
	    this.mandatory = !!mandatory;
	    return this;
	  }

	  /**
	   * Hide option in help.
	   *
	   * @param {boolean} [hide=true]
	   * @return {Option}
	   */

	  hideHelp(hide = true) {
	    this.hidden = !!hide;
	    return this;
	  }

	  /**
	   * @package
	   */

	  _collectValue(value, previous) {
	    if (previous === this.defaultValue || !Array.isArray(previous)) {
	      return [value];
	    }

	    previous.push(value);
	    return previous;
	  }

	  /**
	   * Only allow option value to be one of choices.
	   *
	   * @param {string[]} values
	   * @return {Option}
	   */

	  choices(values) {
	    this.argChoices = values.slice();
	    this.parseArg = (arg, previous) => {
	      if (!this.argChoices.includes(arg)) {
	        throw new InvalidArgumentError(
	          `Allowed choices are ${this.argChoices.join(', ')}.`,
	        );
	      }
	      if (this.variadic) {
	        return this._collectValue(arg, previous);
	      }
	      return arg;
	    };
	    return this;
	  }

	  /**
	   * Return option name.
	   *
	   * @return {string}
	   */

	  name() {
	    if (this.long) {
	      return this.long.replace(/^--/, '');
	    }
	    return this.short.replace(/^-/, '');
	  }

	  /**
	   * Return option name, in a camelcase format that can be used
	   * as an object attribute key.
	   *
	   * @return {string}
	   */

	  attributeName() {
	    if (this.negate) {
	      return camelcase(this.name().replace(/^no-/, ''));
	    }
	    return camelcase(this.name());
	  }

	  /**
	   * Set the help group heading.
	   *
	   * @param {string} heading
	   * @return {Option}
	   */
	  helpGroup(heading) {
	    this.helpGroupHeading = heading;
	    return this;
	  }

	  /**
	   * Check if `arg` matches the short or long flag.
	   *
	   * @param {string} arg
	   * @return {boolean}
	   * @package
	   */

	  is(arg) {
	    return this.short === arg || this.long === arg;
	  }

	  /**
	   * Return whether a boolean option.
	   *
	   * Options are one of boolean, negated, required argument, or optional argument.
	   *
	   * @return {boolean}
	   * @package
	   */

	  isBoolean() {
	    return !this.required && !this.optional && !this.negate;
	  }
	}

	/**
	 * This class is to make it easier to work with dual options, without changing the existing
	 * implementation. We support separate dual options for separate positive and negative options,
	 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
	 * use cases, but is tricky for others where we want separate behaviours despite
	 * the single shared option value.
	 */
	class DualOptions {
	  /**
	   * @param {Option[]} options
	   */
	  constructor(options) {
	    this.positiveOptions = new Map();
	    this.negativeOptions = new Map();
	    this.dualOptions = new Set();
	    options.forEach((option) => {
	      if (option.negate) {
	        this.negativeOptions.set(option.attributeName(), option);
	      } else {
	        this.positiveOptions.set(option.attributeName(), option);
	      }
	    });
	    this.negativeOptions.forEach((value, key) => {
	      if (this.positiveOptions.has(key)) {
	        this.dualOptions.add(key);
	      }
	    });
	  }

	  /**
	   * Did the value come from the option, and not from possible matching dual option?
	   *
	   * @param {*} value
	   * @param {Option} option
	   * @returns {boolean}
	   */
	  valueFromOption(value, option) {
	    const optionKey = option.attributeName();
	    if (!this.dualOptions.has(optionKey)) return true;

	    // Use the value to deduce if (probably) came from the option.
	    const preset = this.negativeOptions.get(optionKey).presetArg;
	    const negativeValue = preset !== undefined ? preset : false;
	    return option.negate === (negativeValue === value);
	  }
	}

	/**
	 * Convert string from kebab-case to camelCase.
	 *
	 * @param {string} str
	 * @return {string}
	 * @private
	 */

	function camelcase(str) {
	  return str.split('-').reduce((str, word) => {
	    return str + word[0].toUpperCase() + word.slice(1);
	  });
	}

	/**
	 * Split the short and long flag out of something like '-m,--mixed <value>'
	 *
	 * @private
	 */

	function splitOptionFlags(flags) {
	  let shortFlag;
	  let longFlag;
	  // short flag, single dash and single character
	  const shortFlagExp = /^-[^-]$/;
	  // long flag, double dash and at least one character
	  const longFlagExp = /^--[^-]/;

	  const flagParts = flags.split(/[ |,]+/).concat('guard');
	  // Normal is short and/or long.
	  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
	  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
	  // Long then short. Rarely used but fine.
	  if (!shortFlag && shortFlagExp.test(flagParts[0]))
	    shortFlag = flagParts.shift();
	  // Allow two long flags, like '--ws, --workspace'
	  // This is the supported way to have a shortish option flag.
	  if (!shortFlag && longFlagExp.test(flagParts[0])) {
	    shortFlag = longFlag;
	    longFlag = flagParts.shift();
	  }

	  // Check for unprocessed flag. Fail noisily rather than silently ignore.
	  if (flagParts[0].startsWith('-')) {
	    const unsupportedFlag = flagParts[0];
	    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
	    if (/^-[^-][^-]/.test(unsupportedFlag))
	      throw new Error(
	        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
	      );
	    if (shortFlagExp.test(unsupportedFlag))
	      throw new Error(`${baseError}
- too many short flags`);
	    if (longFlagExp.test(unsupportedFlag))
	      throw new Error(`${baseError}
- too many long flags`);

	    throw new Error(`${baseError}
- unrecognised flag format`);
	  }
	  if (shortFlag === undefined && longFlag === undefined)
	    throw new Error(
	      `option creation failed due to no flags found in '${flags}'.`,
	    );

	  return { shortFlag, longFlag };
	}

	option.Option = Option;
	option.DualOptions = DualOptions;
	return option;
}

var suggestSimilar = {};

var hasRequiredSuggestSimilar;

function requireSuggestSimilar () {
	if (hasRequiredSuggestSimilar) return suggestSimilar;
	hasRequiredSuggestSimilar = 1;
	const maxDistance = 3;

	function editDistance(a, b) {
	  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
	  // Calculating optimal string alignment distance, no substring is edited more than once.
	  // (Simple implementation.)

	  // Quick early exit, return worst case.
	  if (Math.abs(a.length - b.length) > maxDistance)
	    return Math.max(a.length, b.length);

	  // distance between prefix substrings of a and b
	  const d = [];

	  // pure deletions turn a into empty string
	  for (let i = 0; i <= a.length; i++) {
	    d[i] = [i];
	  }
	  // pure insertions turn empty string into b
	  for (let j = 0; j <= b.length; j++) {
	    d[0][j] = j;
	  }

	  // fill matrix
	  for (let j = 1; j <= b.length; j++) {
	    for (let i = 1; i <= a.length; i++) {
	      let cost = 1;
	      if (a[i - 1] === b[j - 1]) {
	        cost = 0;
	      } else {
	        cost = 1;
	      }
	      d[i][j] = Math.min(
	        d[i - 1][j] + 1, // deletion
	        d[i][j - 1] + 1, // insertion
	        d[i - 1][j - 1] + cost, // substitution
	      );
	      // transposition
	      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
	        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
	      }
	    }
	  }

	  return d[a.length][b.length];
	}

	/**
	 * Find close matches, restricted to same number of edits.
	 *
	 * @param {string} word
	 * @param {string[]} candidates
	 * @returns {string}
	 */

	function suggestSimilar$1(word, candidates) {
	  if (!candidates || candidates.length === 0) return '';
	  // remove possible duplicates
	  candidates = Array.from(new Set(candidates));

	  const searchingOptions = word.startsWith('--');
	  if (searchingOptions) {
	    word = word.slice(2);
	    candidates = candidates.map((candidate) => candidate.slice(2));
	  }

	  let similar = [];
	  let bestDistance = maxDistance;
	  const minSimilarity = 0.4;
	  candidates.forEach((candidate) => {
	    if (candidate.length <= 1) return; // no one character guesses

	    const distance = editDistance(word, candidate);
	    const length = Math.max(word.length, candidate.length);
	    const similarity = (length - distance) / length;
	    if (similarity > minSimilarity) {
	      if (distance < bestDistance) {
	        // better edit distance, throw away previous worse matches
	        bestDistance = distance;
	        similar = [candidate];
	      } else if (distance === bestDistance) {
	        similar.push(candidate);
	      }
	    }
	  });

	  similar.sort((a, b) => a.localeCompare(b));
	  if (searchingOptions) {
	    similar = similar.map((candidate) => `--${candidate}`);
	  }

	  if (similar.length > 1) {
	    return `\n(Did you mean one of ${similar.join(', ')}?)`;
	  }
	  if (similar.length === 1) {
	    return `\n(Did you mean ${similar[0]}?)`;
	  }
	  return '';
	}

	suggestSimilar.suggestSimilar = suggestSimilar$1;
	return suggestSimilar;
}

var hasRequiredCommand;

function requireCommand () {
	if (hasRequiredCommand) return command;
	hasRequiredCommand = 1;
	const EventEmitter = require$$0.EventEmitter;
	const childProcess = require$$1;
	const path$1 = path;
	const fs = require$$3;
	const process = require$$4;

	const { Argument, humanReadableArgName } = requireArgument();
	const { CommanderError } = requireError();
	const { Help, stripColor } = requireHelp();
	const { Option, DualOptions } = requireOption();
	const { suggestSimilar } = requireSuggestSimilar();

	class Command extends EventEmitter {
	  /**
	   * Initialize a new `Command`.
	   *
	   * @param {string} [name]
	   */

	  constructor(name) {
	    super();
	    /** @type {Command[]} */
	    this.commands = [];
	    /** @type {Option[]} */
	    this.options = [];
	    this.parent = null;
	    this._allowUnknownOption = false;
	    this._allowExcessArguments = false;
	    /** @type {Argument[]} */
	    this.registeredArguments = [];
	    this._args = this.registeredArguments; // deprecated old name
	    /** @type {string[]} */
	    this.args = []; // cli args with options removed
	    this.rawArgs = [];
	    this.processedArgs = []; // like .args but after custom processing and collecting variadic
	    this._scriptPath = null;
	    this._name = name || '';
	    this._optionValues = {};
	    this._optionValueSources = {}; // default, env, cli etc
	    this._storeOptionsAsProperties = false;
	    this._actionHandler = null;
	    this._executableHandler = false;
	    this._executableFile = null; // custom name for executable
	    this._executableDir = null; // custom search directory for subcommands
	    this._defaultCommandName = null;
	    this._exitCallback = null;
	    this._aliases = [];
	    this._combineFlagAndOptionalValue = true;
	    this._description = '';
	    this._summary = '';
	    this._argsDescription = undefined; // legacy
	    this._enablePositionalOptions = false;
	    this._passThroughOptions = false;
	    this._lifeCycleHooks = {}; // a hash of arrays
	    /** @type {(boolean | string)} */
	    this._showHelpAfterError = false;
	    this._showSuggestionAfterError = true;
	    this._savedState = null; // used in save/restoreStateBeforeParse

	    // see configureOutput() for docs
	    this._outputConfiguration = {
	      writeOut: (str) => process.stdout.write(str),
	      writeErr: (str) => process.stderr.write(str),
	      outputError: (str, write) => write(str),
	      getOutHelpWidth: () =>
	        process.stdout.isTTY ? process.stdout.columns : undefined,
	      getErrHelpWidth: () =>
	        process.stderr.isTTY ? process.stderr.columns : undefined,
	      getOutHasColors: () =>
	        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
	      getErrHasColors: () =>
	        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
	      stripColor: (str) => stripColor(str),
	    };

	    this._hidden = false;
	    /** @type {(Option | null | undefined)} */
	    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
	    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
	    /** @type {Command} */
	    this._helpCommand = undefined; // lazy initialised, inherited
	    this._helpConfiguration = {};
	    /** @type {string | undefined} */
	    this._helpGroupHeading = undefined; // soft initialised when added to parent
	    /** @type {string | undefined} */
	    this._defaultCommandGroup = undefined;
	    /** @type {string | undefined} */
	    this._defaultOptionGroup = undefined;
	  }

	  /**
	   * Copy settings that are useful to have in common across root command and subcommands.
	   *
	   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
	   *
	   * @param {Command} sourceCommand
	   * @return {Command} `this` command for chaining
	   */
	  copyInheritedSettings(sourceCommand) {
	    this._outputConfiguration = sourceCommand._outputConfiguration;
	    this._helpOption = sourceCommand._helpOption;
	    this._helpCommand = sourceCommand._helpCommand;
	    this._helpConfiguration = sourceCommand._helpConfiguration;
	    this._exitCallback = sourceCommand._exitCallback;
	    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
	    this._combineFlagAndOptionalValue =
	      sourceCommand._combineFlagAndOptionalValue;
	    this._allowExcessArguments = sourceCommand._allowExcessArguments;
	    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
	    this._showHelpAfterError = sourceCommand._showHelpAfterError;
	    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

	    return this;
	  }

	  /**
	   * @returns {Command[]}
	   * @private
	   */

	  _getCommandAndAncestors() {
	    const result = [];
	    // eslint-disable-next-line @typescript-eslint/no-this-alias
	    for (let command = this; command; command = command.parent) {
	      result.push(command);
	    }
	    return result;
	  }

	  /**
	   * Define a command.
	   *
	   * There are two styles of command: pay attention to where to put the description.
	   *
	   * @example
	   * // Command implemented using action handler (description is supplied separately to `.command`)
	   * program
	   *   .command('clone <source> [destination]')
	   *   .description('clone a repository into a newly created directory')
	   *   .action((source, destination) => {
	   *     console.log('clone command called');
	   *   });
	   *
	   * // Command implemented using separate executable file (description is second parameter to `.command`)
	   * program
	   *   .command('start <service>', 'start named service')
	   *   .command('stop [service]', 'stop named service, or all if no name supplied');
	   *
	   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
	   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
	   * @param {object} [execOpts] - configuration options (for executable)
	   * @return {Command} returns new command for action handler, or `this` for executable command
	   */

	  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
	    let desc = actionOptsOrExecDesc;
	    let opts = execOpts;
	    if (typeof desc === 'object' && desc !== null) {
	      opts = desc;
	      desc = null;
	    }
	    opts = opts || {};
	    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

	    const cmd = this.createCommand(name);
	    if (desc) {
	      cmd.description(desc);
	      cmd._executableHandler = true;
	    }
	    if (opts.isDefault) this._defaultCommandName = cmd._name;
	    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
	    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
	    if (args) cmd.arguments(args);
	    this._registerCommand(cmd);
	    cmd.parent = this;
	    cmd.copyInheritedSettings(this);

	    if (desc) return this;
	    return cmd;
	  }

	  /**
	   * Factory routine to create a new unattached command.
	   *
	   * See .command() for creating an attached subcommand, which uses this routine to
	   * create the command. You can override createCommand to customise subcommands.
	   *
	   * @param {string} [name]
	   * @return {Command} new command
	   */

	  createCommand(name) {
	    return new Command(name);
	  }

	  /**
	   * You can customise the help with a subclass of Help by overriding createHelp,
	   * or by overriding Help properties using configureHelp().
	   *
	   * @return {Help}
	   */

	  createHelp() {
	    return Object.assign(new Help(), this.configureHelp());
	  }

	  /**
	   * You can customise the help by overriding Help properties using configureHelp(),
	   * or with a subclass of Help by overriding createHelp().
	   *
	   * @param {object} [configuration] - configuration options
	   * @return {(Command | object)} `this` command for chaining, or stored configuration
	   */

	  configureHelp(configuration) {
	    if (configuration === undefined) return this._helpConfiguration;

	    this._helpConfiguration = configuration;
	    return this;
	  }

	  /**
	   * The default output goes to stdout and stderr. You can customise this for special
	   * applications. You can also customise the display of errors by overriding outputError.
	   *
	   * The configuration properties are all functions:
	   *
	   *     // change how output being written, defaults to stdout and stderr
	   *     writeOut(str)
	   *     writeErr(str)
	   *     // change how output being written for errors, defaults to writeErr
	   *     outputError(str, write) // used for displaying errors and not used for displaying help
	   *     // specify width for wrapping help
	   *     getOutHelpWidth()
	   *     getErrHelpWidth()
	   *     // color support, currently only used with Help
	   *     getOutHasColors()
	   *     getErrHasColors()
	   *     stripColor() // used to remove ANSI escape codes if output does not have colors
	   *
	   * @param {object} [configuration] - configuration options
	   * @return {(Command | object)} `this` command for chaining, or stored configuration
	   */

	  configureOutput(configuration) {
	    if (configuration === undefined) return this._outputConfiguration;

	    this._outputConfiguration = {
	      ...this._outputConfiguration,
	      ...configuration,
	    };
	    return this;
	  }

	  /**
	   * Display the help or a custom message after an error occurs.
	   *
	   * @param {(boolean|string)} [displayHelp]
	   * @return {Command} `this` command for chaining
	   */
	  showHelpAfterError(displayHelp = true) {
	    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
	    this._showHelpAfterError = displayHelp;
	    return this;
	  }

	  /**
	   * Display suggestion of similar commands for unknown commands, or options for unknown options.
	   *
	   * @param {boolean} [displaySuggestion]
	   * @return {Command} `this` command for chaining
	   */
	  showSuggestionAfterError(displaySuggestion = true) {
	    this._showSuggestionAfterError = !!displaySuggestion;
	    return this;
	  }

	  /**
	   * Add a prepared subcommand.
	   *
	   * See .command() for creating an attached subcommand which inherits settings from its parent.
	   *
	   * @param {Command} cmd - new subcommand
	   * @param {object} [opts] - configuration options
	   * @return {Command} `this` command for chaining
	   */

	  addCommand(cmd, opts) {
	    if (!cmd._name) {
	      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
	    }

	    opts = opts || {};
	    if (opts.isDefault) this._defaultCommandName = cmd._name;
	    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

	    this._registerCommand(cmd);
	    cmd.parent = this;
	    cmd._checkForBrokenPassThrough();

	    return this;
	  }

	  /**
	   * Factory routine to create a new unattached argument.
	   *
	   * See .argument() for creating an attached argument, which uses this routine to
	   * create the argument. You can override createArgument to return a custom argument.
	   *
	   * @param {string} name
	   * @param {string} [description]
	   * @return {Argument} new argument
	   */

	  createArgument(name, description) {
	    return new Argument(name, description);
	  }

	  /**
	   * Define argument syntax for command.
	   *
	   * The default is that the argument is required, and you can explicitly
	   * indicate this with <> around the name. Put [] around the name for an optional argument.
	   *
	   * @example
	   * program.argument('<input-file>');
	   * program.argument('[output-file]');
	   *
	   * @param {string} name
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */
	  argument(name, description, parseArg, defaultValue) {
	    const argument = this.createArgument(name, description);
	    if (typeof parseArg === 'function') {
	      argument.default(defaultValue).argParser(parseArg);
	    } else {
	      argument.default(parseArg);
	    }
	    this.addArgument(argument);
	    return this;
	  }

	  /**
	   * Define argument syntax for command, adding multiple at once (without descriptions).
	   *
	   * See also .argument().
	   *
	   * @example
	   * program.arguments('<cmd> [env]');
	   *
	   * @param {string} names
	   * @return {Command} `this` command for chaining
	   */

	  arguments(names) {
	    names
	      .trim()
	      .split(/ +/)
	      .forEach((detail) => {
	        this.argument(detail);
	      });
	    return this;
	  }

	  /**
	   * Define argument syntax for command, adding a prepared argument.
	   *
	   * @param {Argument} argument
	   * @return {Command} `this` command for chaining
	   */
	  addArgument(argument) {
	    const previousArgument = this.registeredArguments.slice(-1)[0];
	    if (previousArgument?.variadic) {
	      throw new Error(
	        `only the last argument can be variadic '${previousArgument.name()}'`,
	      );
	    }
	    if (
	      argument.required &&
	      argument.defaultValue !== undefined &&
	      argument.parseArg === undefined
	    ) {
	      throw new Error(
	        `a default value for a required argument is never used: '${argument.name()}'`,
	      );
	    }
	    this.registeredArguments.push(argument);
	    return this;
	  }

	  /**
	   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
	   *
	   * @example
	   *    program.helpCommand('help [cmd]');
	   *    program.helpCommand('help [cmd]', 'show help');
	   *    program.helpCommand(false); // suppress default help command
	   *    program.helpCommand(true); // add help command even if no subcommands
	   *
	   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
	   * @param {string} [description] - custom description
	   * @return {Command} `this` command for chaining
	   */

	  helpCommand(enableOrNameAndArgs, description) {
	    if (typeof enableOrNameAndArgs === 'boolean') {
	      this._addImplicitHelpCommand = enableOrNameAndArgs;
	      if (enableOrNameAndArgs && this._defaultCommandGroup) {
	        // make the command to store the group
	        this._initCommandGroup(this._getHelpCommand());
	      }
	      return this;
	    }

	    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
	    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
	    const helpDescription = description ?? 'display help for command';

	    const helpCommand = this.createCommand(helpName);
	    helpCommand.helpOption(false);
	    if (helpArgs) helpCommand.arguments(helpArgs);
	    if (helpDescription) helpCommand.description(helpDescription);

	    this._addImplicitHelpCommand = true;
	    this._helpCommand = helpCommand;
	    // init group unless lazy create
	    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

	    return this;
	  }

	  /**
	   * Add prepared custom help command.
	   *
	   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
	   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
	   * @return {Command} `this` command for chaining
	   */
	  addHelpCommand(helpCommand, deprecatedDescription) {
	    // If not passed an object, call through to helpCommand for backwards compatibility,
	    // as addHelpCommand was originally used like helpCommand is now.
	    if (typeof helpCommand !== 'object') {
	      this.helpCommand(helpCommand, deprecatedDescription);
	      return this;
	    }

	    this._addImplicitHelpCommand = true;
	    this._helpCommand = helpCommand;
	    this._initCommandGroup(helpCommand);
	    return this;
	  }

	  /**
	   * Lazy create help command.
	   *
	   * @return {(Command|null)}
	   * @package
	   */
	  _getHelpCommand() {
	    const hasImplicitHelpCommand =
	      this._addImplicitHelpCommand ??
	      (this.commands.length &&
	        !this._actionHandler &&
	        !this._findCommand('help'));

	    if (hasImplicitHelpCommand) {
	      if (this._helpCommand === undefined) {
	        this.helpCommand(undefined, undefined); // use default name and description
	      }
	      return this._helpCommand;
	    }
	    return null;
	  }

	  /**
	   * Add hook for life cycle event.
	   *
	   * @param {string} event
	   * @param {Function} listener
	   * @return {Command} `this` command for chaining
	   */

	  hook(event, listener) {
	    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
	    if (!allowedValues.includes(event)) {
	      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
	    }
	    if (this._lifeCycleHooks[event]) {
	      this._lifeCycleHooks[event].push(listener);
	    } else {
	      this._lifeCycleHooks[event] = [listener];
	    }
	    return this;
	  }

	  /**
	   * Register callback to use as replacement for calling process.exit.
	   *
	   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
	   * @return {Command} `this` command for chaining
	   */

	  exitOverride(fn) {
	    if (fn) {
	      this._exitCallback = fn;
	    } else {
	      this._exitCallback = (err) => {
	        if (err.code !== 'commander.executeSubCommandAsync') {
	          throw err;
	        }
	      };
	    }
	    return this;
	  }

	  /**
	   * Call process.exit, and _exitCallback if defined.
	   *
	   * @param {number} exitCode exit code for using with process.exit
	   * @param {string} code an id string representing the error
	   * @param {string} message human-readable description of the error
	   * @return never
	   * @private
	   */

	  _exit(exitCode, code, message) {
	    if (this._exitCallback) {
	      this._exitCallback(new CommanderError(exitCode, code, message));
	      // Expecting this line is not reached.
	    }
	    process.exit(exitCode);
	  }

	  /**
	   * Register callback `fn` for the command.
	   *
	   * @example
	   * program
	   *   .command('serve')
	   *   .description('start service')
	   *   .action(function() {
	   *      // do work here
	   *   });
	   *
	   * @param {Function} fn
	   * @return {Command} `this` command for chaining
	   */

	  action(fn) {
	    const listener = (args) => {
	      // The .action callback takes an extra parameter which is the command or options.
	      const expectedArgsCount = this.registeredArguments.length;
	      const actionArgs = args.slice(0, expectedArgsCount);
	      if (this._storeOptionsAsProperties) {
	        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
	      } else {
	        actionArgs[expectedArgsCount] = this.opts();
	      }
	      actionArgs.push(this);

	      return fn.apply(this, actionArgs);
	    };
	    this._actionHandler = listener;
	    return this;
	  }

	  /**
	   * Factory routine to create a new unattached option.
	   *
	   * See .option() for creating an attached option, which uses this routine to
	   * create the option. You can override createOption to return a custom option.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @return {Option} new option
	   */

	  createOption(flags, description) {
	    return new Option(flags, description);
	  }

	  /**
	   * Wrap parseArgs to catch 'commander.invalidArgument'.
	   *
	   * @param {(Option | Argument)} target
	   * @param {string} value
	   * @param {*} previous
	   * @param {string} invalidArgumentMessage
	   * @private
	   */

	  _callParseArg(target, value, previous, invalidArgumentMessage) {
	    try {
	      return target.parseArg(value, previous);
	    } catch (err) {
	      if (err.code === 'commander.invalidArgument') {
	        const message = `${invalidArgumentMessage} ${err.message}`;
	        this.error(message, { exitCode: err.exitCode, code: err.code });
	      }
	      throw err;
	    }
	  }

	  /**
	   * Check for option flag conflicts.
	   * Register option if no conflicts found, or throw on conflict.
	   *
	   * @param {Option} option
	   * @private
	   */

	  _registerOption(option) {
	    const matchingOption =
	      (option.short && this._findOption(option.short)) ||
	      (option.long && this._findOption(option.long));
	    if (matchingOption) {
	      const matchingFlag =
	        option.long && this._findOption(option.long)
	          ? option.long
	          : option.short;
	      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
	    }

	    this._initOptionGroup(option);
	    this.options.push(option);
	  }

	  /**
	   * Check for command name and alias conflicts with existing commands.
	   * Register command if no conflicts found, or throw on conflict.
	   *
	   * @param {Command} command
	   * @private
	   */

	  _registerCommand(command) {
	    const knownBy = (cmd) => {
	      return [cmd.name()].concat(cmd.aliases());
	    };

	    const alreadyUsed = knownBy(command).find((name) =>
	      this._findCommand(name),
	    );
	    if (alreadyUsed) {
	      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
	      const newCmd = knownBy(command).join('|');
	      throw new Error(
	        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
	      );
	    }

	    this._initCommandGroup(command);
	    this.commands.push(command);
	  }

	  /**
	   * Add an option.
	   *
	   * @param {Option} option
	   * @return {Command} `this` command for chaining
	   */
	  addOption(option) {
	    this._registerOption(option);

	    const oname = option.name();
	    const name = option.attributeName();

	    // store default value
	    if (option.negate) {
	      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
	      const positiveLongFlag = option.long.replace(/^--no-/, '--');
	      if (!this._findOption(positiveLongFlag)) {
	        this.setOptionValueWithSource(
	          name,
	          option.defaultValue === undefined ? true : option.defaultValue,
	          'default',
	        );
	      }
	    } else if (option.defaultValue !== undefined) {
	      this.setOptionValueWithSource(name, option.defaultValue, 'default');
	    }

	    // handler for cli and env supplied values
	    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
	      // val is null for optional option used without an optional-argument.
	      // val is undefined for boolean and negated option.
	      if (val == null && option.presetArg !== undefined) {
	        val = option.presetArg;
	      }

	      // custom processing
	      const oldValue = this.getOptionValue(name);
	      if (val !== null && option.parseArg) {
	        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
	      } else if (val !== null && option.variadic) {
	        val = option._collectValue(val, oldValue);
	      }

	      // Fill-in appropriate missing values. Long winded but easy to follow.
	      if (val == null) {
	        if (option.negate) {
	          val = false;
	        } else if (option.isBoolean() || option.optional) {
	          val = true;
	        } else {
	          val = ''; // not normal, parseArg might have failed or be a mock function for testing
	        }
	      }
	      this.setOptionValueWithSource(name, val, valueSource);
	    };

	    this.on('option:' + oname, (val) => {
	      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
	      handleOptionValue(val, invalidValueMessage, 'cli');
	    });

	    if (option.envVar) {
	      this.on('optionEnv:' + oname, (val) => {
	        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
	        handleOptionValue(val, invalidValueMessage, 'env');
	      });
	    }

	    return this;
	  }

	  /**
	   * Internal implementation shared by .option() and .requiredOption()
	   *
	   * @return {Command} `this` command for chaining
	   * @private
	   */
	  _optionEx(config, flags, description, fn, defaultValue) {
	    if (typeof flags === 'object' && flags instanceof Option) {
	      throw new Error(
	        'To add an Option object use addOption() instead of option() or requiredOption()',
	      );
	    }
	    const option = this.createOption(flags, description);
	    option.makeOptionMandatory(!!config.mandatory);
	    if (typeof fn === 'function') {
	      option.default(defaultValue).argParser(fn);
	    } else if (fn instanceof RegExp) {
	      // deprecated
	      const regex = fn;
	      fn = (val, def) => {
	        const m = regex.exec(val);
	        return m ? m[0] : def;
	      };
	      option.default(defaultValue).argParser(fn);
	    } else {
	      option.default(fn);
	    }

	    return this.addOption(option);
	  }

	  /**
	   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
	   *
	   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
	   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
	   *
	   * See the README for more details, and see also addOption() and requiredOption().
	   *
	   * @example
	   * program
	   *     .option('-p, --pepper', 'add pepper')
	   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
	   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
	   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom option processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */

	  option(flags, description, parseArg, defaultValue) {
	    return this._optionEx({}, flags, description, parseArg, defaultValue);
	  }

	  /**
	   * Add a required option which must have a value after parsing. This usually means
	   * the option must be specified on the command line. (Otherwise the same as .option().)
	   *
	   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom option processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */

	  requiredOption(flags, description, parseArg, defaultValue) {
	    return this._optionEx(
	      { mandatory: true },
	      flags,
	      description,
	      parseArg,
	      defaultValue,
	    );
	  }

	  /**
	   * Alter parsing of short flags with optional values.
	   *
	   * @example
	   * // for `.option('-f,--flag [value]'):
	   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
	   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
	   *
	   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
	   * @return {Command} `this` command for chaining
	   */
	  combineFlagAndOptionalValue(combine = true) {
	    this._combineFlagAndOptionalValue = !!combine;
	    return this;
	  }

	  /**
	   * Allow unknown options on the command line.
	   *
	   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
	   * @return {Command} `this` command for chaining
	   */
	  allowUnknownOption(allowUnknown = true) {
	    this._allowUnknownOption = !!allowUnknown;
	    return this;
	  }

	  /**
	   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
	   *
	   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
	   * @return {Command} `this` command for chaining
	   */
	  allowExcessArguments(allowExcess = true) {
	    this._allowExcessArguments = !!allowExcess;
	    return this;
	  }

	  /**
	   * Enable positional options. Positional means global options are specified before subcommands which lets
	   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
	   * The default behaviour is non-positional and global options may appear anywhere on the command line.
	   *
	   * @param {boolean} [positional]
	   * @return {Command} `this` command for chaining
	   */
	  enablePositionalOptions(positional = true) {
	    this._enablePositionalOptions = !!positional;
	    return this;
	  }

	  /**
	   * Pass through options that come after command-arguments rather than treat them as command-options,
	   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
	   * positional options to have been enabled on the program (parent commands).
	   * The default behaviour is non-positional and options may appear before or after command-arguments.
	   *
	   * @param {boolean} [passThrough] for unknown options.
	   * @return {Command} `this` command for chaining
	   */
	  passThroughOptions(passThrough = true) {
	    this._passThroughOptions = !!passThrough;
	    this._checkForBrokenPassThrough();
	    return this;
	  }

	  /**
	   * @private
	   */

	  _checkForBrokenPassThrough() {
	    if (
	      this.parent &&
	      this._passThroughOptions &&
	      !this.parent._enablePositionalOptions
	    ) {
	      throw new Error(
	        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
	      );
	    }
	  }

	  /**
	   * Whether to store option values as properties on command object,
	   * or store separately (specify false). In both cases the option values can be accessed using .opts().
	   *
	   * @param {boolean} [storeAsProperties=true]
	   * @return {Command} `this` command for chaining
	   */

	  storeOptionsAsProperties(storeAsProperties = true) {
	    if (this.options.length) {
	      throw new Error('call .storeOptionsAsProperties() before adding options');
	    }
	    if (Object.keys(this._optionValues).length) {
	      throw new Error(
	        'call .storeOptionsAsProperties() before setting option values',
	      );
	    }
	    this._storeOptionsAsProperties = !!storeAsProperties;
	    return this;
	  }

	  /**
	   * Retrieve option value.
	   *
	   * @param {string} key
	   * @return {object} value
	   */

	  getOptionValue(key) {
	    if (this._storeOptionsAsProperties) {
	      return this[key];
	    }
	    return this._optionValues[key];
	  }

	  /**
	   * Store option value.
	   *
	   * @param {string} key
	   * @param {object} value
	   * @return {Command} `this` command for chaining
	   */

	  setOptionValue(key, value) {
	    return this.setOptionValueWithSource(key, value, undefined);
	  }

	  /**
	   * Store option value and where the value came from.
	   *
	   * @param {string} key
	   * @param {object} value
	   * @param {string} source - expected values are default/config/env/cli/implied
	   * @return {Command} `this` command for chaining
	   */

	  setOptionValueWithSource(key, value, source) {
	    if (this._storeOptionsAsProperties) {
	      this[key] = value;
	    } else {
	      this._optionValues[key] = value;
	    }
	    this._optionValueSources[key] = source;
	    return this;
	  }

	  /**
	   * Get source of option value.
	   * Expected values are default | config | env | cli | implied
	   *
	   * @param {string} key
	   * @return {string}
	   */

	  getOptionValueSource(key) {
	    return this._optionValueSources[key];
	  }

	  /**
	   * Get source of option value. See also .optsWithGlobals().
	   * Expected values are default | config | env | cli | implied
	   *
	   * @param {string} key
	   * @return {string}
	   */

	  getOptionValueSourceWithGlobals(key) {
	    // global overwrites local, like optsWithGlobals
	    let source;
	    this._getCommandAndAncestors().forEach((cmd) => {
	      if (cmd.getOptionValueSource(key) !== undefined) {
	        source = cmd.getOptionValueSource(key);
	      }
	    });
	    return source;
	  }

	  /**
	   * Get user arguments from implied or explicit arguments.
	   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
	   *
	   * @private
	   */

	  _prepareUserArgs(argv, parseOptions) {
	    if (argv !== undefined && !Array.isArray(argv)) {
	      throw new Error('first parameter to parse must be array or undefined');
	    }
	    parseOptions = parseOptions || {};

	    // auto-detect argument conventions if nothing supplied
	    if (argv === undefined && parseOptions.from === undefined) {
	      if (process.versions?.electron) {
	        parseOptions.from = 'electron';
	      }
	      // check node specific options for scenarios where user CLI args follow executable without scriptname
	      const execArgv = process.execArgv ?? [];
	      if (
	        execArgv.includes('-e') ||
	        execArgv.includes('--eval') ||
	        execArgv.includes('-p') ||
	        execArgv.includes('--print')
	      ) {
	        parseOptions.from = 'eval'; // internal usage, not documented
	      }
	    }

	    // default to using process.argv
	    if (argv === undefined) {
	      argv = process.argv;
	    }
	    this.rawArgs = argv.slice();

	    // extract the user args and scriptPath
	    let userArgs;
	    switch (parseOptions.from) {
	      case undefined:
	      case 'node':
	        this._scriptPath = argv[1];
	        userArgs = argv.slice(2);
	        break;
	      case 'electron':
	        // @ts-ignore: because defaultApp is an unknown property
	        if (process.defaultApp) {
	          this._scriptPath = argv[1];
	          userArgs = argv.slice(2);
	        } else {
	          userArgs = argv.slice(1);
	        }
	        break;
	      case 'user':
	        userArgs = argv.slice(0);
	        break;
	      case 'eval':
	        userArgs = argv.slice(1);
	        break;
	      default:
	        throw new Error(
	          `unexpected parse option { from: '${parseOptions.from}' }`,
	        );
	    }

	    // Find default name for program from arguments.
	    if (!this._name && this._scriptPath)
	      this.nameFromFilename(this._scriptPath);
	    this._name = this._name || 'program';

	    return userArgs;
	  }

	  /**
	   * Parse `argv`, setting options and invoking commands when defined.
	   *
	   * Use parseAsync instead of parse if any of your action handlers are async.
	   *
	   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
	   *
	   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
	   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
	   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
	   * - `'user'`: just user arguments
	   *
	   * @example
	   * program.parse(); // parse process.argv and auto-detect electron and special node flags
	   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
	   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
	   *
	   * @param {string[]} [argv] - optional, defaults to process.argv
	   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
	   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
	   * @return {Command} `this` command for chaining
	   */

	  parse(argv, parseOptions) {
	    this._prepareForParse();
	    const userArgs = this._prepareUserArgs(argv, parseOptions);
	    this._parseCommand([], userArgs);

	    return this;
	  }

	  /**
	   * Parse `argv`, setting options and invoking commands when defined.
	   *
	   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
	   *
	   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
	   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
	   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
	   * - `'user'`: just user arguments
	   *
	   * @example
	   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
	   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
	   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
	   *
	   * @param {string[]} [argv]
	   * @param {object} [parseOptions]
	   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
	   * @return {Promise}
	   */

	  async parseAsync(argv, parseOptions) {
	    this._prepareForParse();
	    const userArgs = this._prepareUserArgs(argv, parseOptions);
	    await this._parseCommand([], userArgs);

	    return this;
	  }

	  _prepareForParse() {
	    if (this._savedState === null) {
	      this.saveStateBeforeParse();
	    } else {
	      this.restoreStateBeforeParse();
	    }
	  }

	  /**
	   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
	   * Not usually called directly, but available for subclasses to save their custom state.
	   *
	   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
	   */
	  saveStateBeforeParse() {
	    this._savedState = {
	      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
	      _name: this._name,
	      // option values before parse have default values (including false for negated options)
	      // shallow clones
	      _optionValues: { ...this._optionValues },
	      _optionValueSources: { ...this._optionValueSources },
	    };
	  }

	  /**
	   * Restore state before parse for calls after the first.
	   * Not usually called directly, but available for subclasses to save their custom state.
	   *
	   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
	   */
	  restoreStateBeforeParse() {
	    if (this._storeOptionsAsProperties)
	      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

	    // clear state from _prepareUserArgs
	    this._name = this._savedState._name;
	    this._scriptPath = null;
	    this.rawArgs = [];
	    // clear state from setOptionValueWithSource
	    this._optionValues = { ...this._savedState._optionValues };
	    this._optionValueSources = { ...this._savedState._optionValueSources };
	    // clear state from _parseCommand
	    this.args = [];
	    // clear state from _processArguments
	    this.processedArgs = [];
	  }

	  /**
	   * Throw if expected executable is missing. Add lots of help for author.
	   *
	   * @param {string} executableFile
	   * @param {string} executableDir
	   * @param {string} subcommandName
	   */
	  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
	    if (fs.existsSync(executableFile)) return;

	    const executableDirMessage = executableDir
	      ? `searched for local subcommand relative to directory '${executableDir}'`
	      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
	    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
	    throw new Error(executableMissing);
	  }

	  /**
	   * Execute a sub-command executable.
	   *
	   * @private
	   */

	  _executeSubCommand(subcommand, args) {
	    args = args.slice();
	    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
	    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

	    function findFile(baseDir, baseName) {
	      // Look for specified file
	      const localBin = path$1.resolve(baseDir, baseName);
	      if (fs.existsSync(localBin)) return localBin;

	      // Stop looking if candidate already has an expected extension.
	      if (sourceExt.includes(path$1.extname(baseName))) return undefined;

	      // Try all the extensions.
	      const foundExt = sourceExt.find((ext) =>
	        fs.existsSync(`${localBin}${ext}`),
	      );
	      if (foundExt) return `${localBin}${foundExt}`;

	      return undefined;
	    }

	    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
	    this._checkForMissingMandatoryOptions();
	    this._checkForConflictingOptions();

	    // executableFile and executableDir might be full path, or just a name
	    let executableFile =
	      subcommand._executableFile || `${this._name}-${subcommand._name}`;
	    let executableDir = this._executableDir || '';
	    if (this._scriptPath) {
	      let resolvedScriptPath; // resolve possible symlink for installed npm binary
	      try {
	        resolvedScriptPath = fs.realpathSync(this._scriptPath);
	      } catch {
	        resolvedScriptPath = this._scriptPath;
	      }
	      executableDir = path$1.resolve(
	        path$1.dirname(resolvedScriptPath),
	        executableDir,
	      );
	    }

	    // Look for a local file in preference to a command in PATH.
	    if (executableDir) {
	      let localFile = findFile(executableDir, executableFile);

	      // Legacy search using prefix of script name instead of command name
	      if (!localFile && !subcommand._executableFile && this._scriptPath) {
	        const legacyName = path$1.basename(
	          this._scriptPath,
	          path$1.extname(this._scriptPath),
	        );
	        if (legacyName !== this._name) {
	          localFile = findFile(
	            executableDir,
	            `${legacyName}-${subcommand._name}`,
	          );
	        }
	      }
	      executableFile = localFile || executableFile;
	    }

	    launchWithNode = sourceExt.includes(path$1.extname(executableFile));

	    let proc;
	    if (process.platform !== 'win32') {
	      if (launchWithNode) {
	        args.unshift(executableFile);
	        // add executable arguments to spawn
	        args = incrementNodeInspectorPort(process.execArgv).concat(args);

	        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
	      } else {
	        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
	      }
	    } else {
	      this._checkForMissingExecutable(
	        executableFile,
	        executableDir,
	        subcommand._name,
	      );
	      args.unshift(executableFile);
	      // add executable arguments to spawn
	      args = incrementNodeInspectorPort(process.execArgv).concat(args);
	      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
	    }

	    if (!proc.killed) {
	      // testing mainly to avoid leak warnings during unit tests with mocked spawn
	      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
	      signals.forEach((signal) => {
	        process.on(signal, () => {
	          if (proc.killed === false && proc.exitCode === null) {
	            // @ts-ignore because signals not typed to known strings
	            proc.kill(signal);
	          }
	        });
	      });
	    }

	    // By default terminate process when spawned process terminates.
	    const exitCallback = this._exitCallback;
	    proc.on('close', (code) => {
	      code = code ?? 1; // code is null if spawned process terminated due to a signal
	      if (!exitCallback) {
	        process.exit(code);
	      } else {
	        exitCallback(
	          new CommanderError(
	            code,
	            'commander.executeSubCommandAsync',
	            '(close)',
	          ),
	        );
	      }
	    });
	    proc.on('error', (err) => {
	      // @ts-ignore: because err.code is an unknown property
	      if (err.code === 'ENOENT') {
	        this._checkForMissingExecutable(
	          executableFile,
	          executableDir,
	          subcommand._name,
	        );
	        // @ts-ignore: because err.code is an unknown property
	      } else if (err.code === 'EACCES') {
	        throw new Error(`'${executableFile}' not executable`);
	      }
	      if (!exitCallback) {
	        process.exit(1);
	      } else {
	        const wrappedError = new CommanderError(
	          1,
	          'commander.executeSubCommandAsync',
	          '(error)',
	        );
	        wrappedError.nestedError = err;
	        exitCallback(wrappedError);
	      }
	    });

	    // Store the reference to the child process
	    this.runningCommand = proc;
	  }

	  /**
	   * @private
	   */

	  _dispatchSubcommand(commandName, operands, unknown) {
	    const subCommand = this._findCommand(commandName);
	    if (!subCommand) this.help({ error: true });

	    subCommand._prepareForParse();
	    let promiseChain;
	    promiseChain = this._chainOrCallSubCommandHook(
	      promiseChain,
	      subCommand,
	      'preSubcommand',
	    );
	    promiseChain = this._chainOrCall(promiseChain, () => {
	      if (subCommand._executableHandler) {
	        this._executeSubCommand(subCommand, operands.concat(unknown));
	      } else {
	        return subCommand._parseCommand(operands, unknown);
	      }
	    });
	    return promiseChain;
	  }

	  /**
	   * Invoke help directly if possible, or dispatch if necessary.
	   * e.g. help foo
	   *
	   * @private
	   */

	  _dispatchHelpCommand(subcommandName) {
	    if (!subcommandName) {
	      this.help();
	    }
	    const subCommand = this._findCommand(subcommandName);
	    if (subCommand && !subCommand._executableHandler) {
	      subCommand.help();
	    }

	    // Fallback to parsing the help flag to invoke the help.
	    return this._dispatchSubcommand(
	      subcommandName,
	      [],
	      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
	    );
	  }

	  /**
	   * Check this.args against expected this.registeredArguments.
	   *
	   * @private
	   */

	  _checkNumberOfArguments() {
	    // too few
	    this.registeredArguments.forEach((arg, i) => {
	      if (arg.required && this.args[i] == null) {
	        this.missingArgument(arg.name());
	      }
	    });
	    // too many
	    if (
	      this.registeredArguments.length > 0 &&
	      this.registeredArguments[this.registeredArguments.length - 1].variadic
	    ) {
	      return;
	    }
	    if (this.args.length > this.registeredArguments.length) {
	      this._excessArguments(this.args);
	    }
	  }

	  /**
	   * Process this.args using this.registeredArguments and save as this.processedArgs!
	   *
	   * @private
	   */

	  _processArguments() {
	    const myParseArg = (argument, value, previous) => {
	      // Extra processing for nice error message on parsing failure.
	      let parsedValue = value;
	      if (value !== null && argument.parseArg) {
	        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
	        parsedValue = this._callParseArg(
	          argument,
	          value,
	          previous,
	          invalidValueMessage,
	        );
	      }
	      return parsedValue;
	    };

	    this._checkNumberOfArguments();

	    const processedArgs = [];
	    this.registeredArguments.forEach((declaredArg, index) => {
	      let value = declaredArg.defaultValue;
	      if (declaredArg.variadic) {
	        // Collect together remaining arguments for passing together as an array.
	        if (index < this.args.length) {
	          value = this.args.slice(index);
	          if (declaredArg.parseArg) {
	            value = value.reduce((processed, v) => {
	              return myParseArg(declaredArg, v, processed);
	            }, declaredArg.defaultValue);
	          }
	        } else if (value === undefined) {
	          value = [];
	        }
	      } else if (index < this.args.length) {
	        value = this.args[index];
	        if (declaredArg.parseArg) {
	          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
	        }
	      }
	      processedArgs[index] = value;
	    });
	    this.processedArgs = processedArgs;
	  }

	  /**
	   * Once we have a promise we chain, but call synchronously until then.
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {Function} fn
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCall(promise, fn) {
	    // thenable
	    if (promise?.then && typeof promise.then === 'function') {
	      // already have a promise, chain callback
	      return promise.then(() => fn());
	    }
	    // callback might return a promise
	    return fn();
	  }

	  /**
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {string} event
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCallHooks(promise, event) {
	    let result = promise;
	    const hooks = [];
	    this._getCommandAndAncestors()
	      .reverse()
	      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
	      .forEach((hookedCommand) => {
	        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
	          hooks.push({ hookedCommand, callback });
	        });
	      });
	    if (event === 'postAction') {
	      hooks.reverse();
	    }

	    hooks.forEach((hookDetail) => {
	      result = this._chainOrCall(result, () => {
	        return hookDetail.callback(hookDetail.hookedCommand, this);
	      });
	    });
	    return result;
	  }

	  /**
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {Command} subCommand
	   * @param {string} event
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCallSubCommandHook(promise, subCommand, event) {
	    let result = promise;
	    if (this._lifeCycleHooks[event] !== undefined) {
	      this._lifeCycleHooks[event].forEach((hook) => {
	        result = this._chainOrCall(result, () => {
	          return hook(this, subCommand);
	        });
	      });
	    }
	    return result;
	  }

	  /**
	   * Process arguments in context of this command.
	   * Returns action result, in case it is a promise.
	   *
	   * @private
	   */

	  _parseCommand(operands, unknown) {
	    const parsed = this.parseOptions(unknown);
	    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
	    this._parseOptionsImplied();
	    operands = operands.concat(parsed.operands);
	    unknown = parsed.unknown;
	    this.args = operands.concat(unknown);

	    if (operands && this._findCommand(operands[0])) {
	      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
	    }
	    if (
	      this._getHelpCommand() &&
	      operands[0] === this._getHelpCommand().name()
	    ) {
	      return this._dispatchHelpCommand(operands[1]);
	    }
	    if (this._defaultCommandName) {
	      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
	      return this._dispatchSubcommand(
	        this._defaultCommandName,
	        operands,
	        unknown,
	      );
	    }
	    if (
	      this.commands.length &&
	      this.args.length === 0 &&
	      !this._actionHandler &&
	      !this._defaultCommandName
	    ) {
	      // probably missing subcommand and no handler, user needs help (and exit)
	      this.help({ error: true });
	    }

	    this._outputHelpIfRequested(parsed.unknown);
	    this._checkForMissingMandatoryOptions();
	    this._checkForConflictingOptions();

	    // We do not always call this check to avoid masking a "better" error, like unknown command.
	    const checkForUnknownOptions = () => {
	      if (parsed.unknown.length > 0) {
	        this.unknownOption(parsed.unknown[0]);
	      }
	    };

	    const commandEvent = `command:${this.name()}`;
	    if (this._actionHandler) {
	      checkForUnknownOptions();
	      this._processArguments();

	      let promiseChain;
	      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
	      promiseChain = this._chainOrCall(promiseChain, () =>
	        this._actionHandler(this.processedArgs),
	      );
	      if (this.parent) {
	        promiseChain = this._chainOrCall(promiseChain, () => {
	          this.parent.emit(commandEvent, operands, unknown); // legacy
	        });
	      }
	      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
	      return promiseChain;
	    }
	    if (this.parent?.listenerCount(commandEvent)) {
	      checkForUnknownOptions();
	      this._processArguments();
	      this.parent.emit(commandEvent, operands, unknown); // legacy
	    } else if (operands.length) {
	      if (this._findCommand('*')) {
	        // legacy default command
	        return this._dispatchSubcommand('*', operands, unknown);
	      }
	      if (this.listenerCount('command:*')) {
	        // skip option check, emit event for possible misspelling suggestion
	        this.emit('command:*', operands, unknown);
	      } else if (this.commands.length) {
	        this.unknownCommand();
	      } else {
	        checkForUnknownOptions();
	        this._processArguments();
	      }
	    } else if (this.commands.length) {
	      checkForUnknownOptions();
	      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
	      this.help({ error: true });
	    } else {
	      checkForUnknownOptions();
	      this._processArguments();
	      // fall through for caller to handle after calling .parse()
	    }
	  }

	  /**
	   * Find matching command.
	   *
	   * @private
	   * @return {Command | undefined}
	   */
	  _findCommand(name) {
	    if (!name) return undefined;
	    return this.commands.find(
	      (cmd) => cmd._name === name || cmd._aliases.includes(name),
	    );
	  }

	  /**
	   * Return an option matching `arg` if any.
	   *
	   * @param {string} arg
	   * @return {Option}
	   * @package
	   */

	  _findOption(arg) {
	    return this.options.find((option) => option.is(arg));
	  }

	  /**
	   * Display an error message if a mandatory option does not have a value.
	   * Called after checking for help flags in leaf subcommand.
	   *
	   * @private
	   */

	  _checkForMissingMandatoryOptions() {
	    // Walk up hierarchy so can call in subcommand after checking for displaying help.
	    this._getCommandAndAncestors().forEach((cmd) => {
	      cmd.options.forEach((anOption) => {
	        if (
	          anOption.mandatory &&
	          cmd.getOptionValue(anOption.attributeName()) === undefined
	        ) {
	          cmd.missingMandatoryOptionValue(anOption);
	        }
	      });
	    });
	  }

	  /**
	   * Display an error message if conflicting options are used together in this.
	   *
	   * @private
	   */
	  _checkForConflictingLocalOptions() {
	    const definedNonDefaultOptions = this.options.filter((option) => {
	      const optionKey = option.attributeName();
	      if (this.getOptionValue(optionKey) === undefined) {
	        return false;
	      }
	      return this.getOptionValueSource(optionKey) !== 'default';
	    });

	    const optionsWithConflicting = definedNonDefaultOptions.filter(
	      (option) => option.conflictsWith.length > 0,
	    );

	    optionsWithConflicting.forEach((option) => {
	      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
	        option.conflictsWith.includes(defined.attributeName()),
	      );
	      if (conflictingAndDefined) {
	        this._conflictingOption(option, conflictingAndDefined);
	      }
	    });
	  }

	  /**
	   * Display an error message if conflicting options are used together.
	   * Called after checking for help flags in leaf subcommand.
	   *
	   * @private
	   */
	  _checkForConflictingOptions() {
	    // Walk up hierarchy so can call in subcommand after checking for displaying help.
	    this._getCommandAndAncestors().forEach((cmd) => {
	      cmd._checkForConflictingLocalOptions();
	    });
	  }

	  /**
	   * Parse options from `argv` removing known options,
	   * and return argv split into operands and unknown arguments.
	   *
	   * Side effects: modifies command by storing options. Does not reset state if called again.
	   *
	   * Examples:
	   *
	   *     argv => operands, unknown
	   *     --known kkk op => [op], []
	   *     op --known kkk => [op], []
	   *     sub --unknown uuu op => [sub], [--unknown uuu op]
	   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
	   *
	   * @param {string[]} args
	   * @return {{operands: string[], unknown: string[]}}
	   */

	  parseOptions(args) {
	    const operands = []; // operands, not options or values
	    const unknown = []; // first unknown option and remaining unknown args
	    let dest = operands;

	    function maybeOption(arg) {
	      return arg.length > 1 && arg[0] === '-';
	    }

	    const negativeNumberArg = (arg) => {
	      // return false if not a negative number
	      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
	      // negative number is ok unless digit used as an option in command hierarchy
	      return !this._getCommandAndAncestors().some((cmd) =>
	        cmd.options
	          .map((opt) => opt.short)
	          .some((short) => /^-\d$/.test(short)),
	      );
	    };

	    // parse options
	    let activeVariadicOption = null;
	    let activeGroup = null; // working through group of short options, like -abc
	    let i = 0;
	    while (i < args.length || activeGroup) {
	      const arg = activeGroup ?? args[i++];
	      activeGroup = null;

	      // literal
	      if (arg === '--') {
	        if (dest === unknown) dest.push(arg);
	        dest.push(...args.slice(i));
	        break;
	      }

	      if (
	        activeVariadicOption &&
	        (!maybeOption(arg) || negativeNumberArg(arg))
	      ) {
	        this.emit(`option:${activeVariadicOption.name()}`, arg);
	        continue;
	      }
	      activeVariadicOption = null;

	      if (maybeOption(arg)) {
	        const option = this._findOption(arg);
	        // recognised option, call listener to assign value with possible custom processing
	        if (option) {
	          if (option.required) {
	            const value = args[i++];
	            if (value === undefined) this.optionMissingArgument(option);
	            this.emit(`option:${option.name()}`, value);
	          } else if (option.optional) {
	            let value = null;
	            // historical behaviour is optional value is following arg unless an option
	            if (
	              i < args.length &&
	              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
	            ) {
	              value = args[i++];
	            }
	            this.emit(`option:${option.name()}`, value);
	          } else {
	            // boolean flag
	            this.emit(`option:${option.name()}`);
	          }
	          activeVariadicOption = option.variadic ? option : null;
	          continue;
	        }
	      }

	      // Look for combo options following single dash, eat first one if known.
	      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
	        const option = this._findOption(`-${arg[1]}`);
	        if (option) {
	          if (
	            option.required ||
	            (option.optional && this._combineFlagAndOptionalValue)
	          ) {
	            // option with value following in same argument
	            this.emit(`option:${option.name()}`, arg.slice(2));
	          } else {
	            // boolean option
	            this.emit(`option:${option.name()}`);
	            // remove the processed option and keep processing group
	            activeGroup = `-${arg.slice(2)}`;
	          }
	          continue;
	        }
	      }

	      // Look for known long flag with value, like --foo=bar
	      if (/^--[^=]+=/.test(arg)) {
	        const index = arg.indexOf('=');
	        const option = this._findOption(arg.slice(0, index));
	        if (option && (option.required || option.optional)) {
	          this.emit(`option:${option.name()}`, arg.slice(index + 1));
	          continue;
	        }
	      }

	      // Not a recognised option by this command.
	      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

	      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
	      // A negative number in a leaf command is not an unknown option.
	      if (
	        dest === operands &&
	        maybeOption(arg) &&
	        !(this.commands.length === 0 && negativeNumberArg(arg))
	      ) {
	        dest = unknown;
	      }

	      // If using positionalOptions, stop processing our options at subcommand.
	      if (
	        (this._enablePositionalOptions || this._passThroughOptions) &&
	        operands.length === 0 &&
	        unknown.length === 0
	      ) {
	        if (this._findCommand(arg)) {
	          operands.push(arg);
	          unknown.push(...args.slice(i));
	          break;
	        } else if (
	          this._getHelpCommand() &&
	          arg === this._getHelpCommand().name()
	        ) {
	          operands.push(arg, ...args.slice(i));
	          break;
	        } else if (this._defaultCommandName) {
	          unknown.push(arg, ...args.slice(i));
	          break;
	        }
	      }

	      // If using passThroughOptions, stop processing options at first command-argument.
	      if (this._passThroughOptions) {
	        dest.push(arg, ...args.slice(i));
	        break;
	      }

	      // add arg
	      dest.push(arg);
	    }

	    return { operands, unknown };
	  }

	  /**
	   * Return an object containing local option values as key-value pairs.
	   *
	   * @return {object}
	   */
	  opts() {
	    if (this._storeOptionsAsProperties) {
	      // Preserve original behaviour so backwards compatible when still using properties
	      const result = {};
	      const len = this.options.length;

	      for (let i = 0; i < len; i++) {
	        const key = this.options[i].attributeName();
	        result[key] =
	          key === this._versionOptionName ? this._version : this[key];
	      }
	      return result;
	    }

	    return this._optionValues;
	  }

	  /**
	   * Return an object containing merged local and global option values as key-value pairs.
	   *
	   * @return {object}
	   */
	  optsWithGlobals() {
	    // globals overwrite locals
	    return this._getCommandAndAncestors().reduce(
	      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
	      {},
	    );
	  }

	  /**
	   * Display error message and exit (or call exitOverride).
	   *
	   * @param {string} message
	   * @param {object} [errorOptions]
	   * @param {string} [errorOptions.code] - an id string representing the error
	   * @param {number} [errorOptions.exitCode] - used with process.exit
	   */
	  error(message, errorOptions) {
	    // output handling
	    this._outputConfiguration.outputError(
	      `${message}\n`,
	      this._outputConfiguration.writeErr,
	    );
	    if (typeof this._showHelpAfterError === 'string') {
	      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
	    } else if (this._showHelpAfterError) {
	      this._outputConfiguration.writeErr('\n');
	      this.outputHelp({ error: true });
	    }

	    // exit handling
	    const config = errorOptions || {};
	    const exitCode = config.exitCode || 1;
	    const code = config.code || 'commander.error';
	    this._exit(exitCode, code, message);
	  }

	  /**
	   * Apply any option related environment variables, if option does
	   * not have a value from cli or client code.
	   *
	   * @private
	   */
	  _parseOptionsEnv() {
	    this.options.forEach((option) => {
	      if (option.envVar && option.envVar in process.env) {
	        const optionKey = option.attributeName();
	        // Priority check. Do not overwrite cli or options from unknown source (client-code).
	        if (
	          this.getOptionValue(optionKey) === undefined ||
	          ['default', 'config', 'env'].includes(
	            this.getOptionValueSource(optionKey),
	          )
	        ) {
	          if (option.required || option.optional) {
	            // option can take a value
	            // keep very simple, optional always takes value
	            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
	          } else {
	            // boolean
	            // keep very simple, only care that envVar defined and not the value
	            this.emit(`optionEnv:${option.name()}`);
	          }
	        }
	      }
	    });
	  }

	  /**
	   * Apply any implied option values, if option is undefined or default value.
	   *
	   * @private
	   */
	  _parseOptionsImplied() {
	    const dualHelper = new DualOptions(this.options);
	    const hasCustomOptionValue = (optionKey) => {
	      return (
	        this.getOptionValue(optionKey) !== undefined &&
	        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
	      );
	    };
	    this.options
	      .filter(
	        (option) =>
	          option.implied !== undefined &&
	          hasCustomOptionValue(option.attributeName()) &&
	          dualHelper.valueFromOption(
	            this.getOptionValue(option.attributeName()),
	            option,
	          ),
	      )
	      .forEach((option) => {
	        Object.keys(option.implied)
	          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
	          .forEach((impliedKey) => {
	            this.setOptionValueWithSource(
	              impliedKey,
	              option.implied[impliedKey],
	              'implied',
	            );
	          });
	      });
	  }

	  /**
	   * Argument `name` is missing.
	   *
	   * @param {string} name
	   * @private
	   */

	  missingArgument(name) {
	    const message = `error: missing required argument '${name}'`;
	    this.error(message, { code: 'commander.missingArgument' });
	  }

	  /**
	   * `Option` is missing an argument.
	   *
	   * @param {Option} option
	   * @private
	   */

	  optionMissingArgument(option) {
	    const message = `error: option '${option.flags}' argument missing`;
	    this.error(message, { code: 'commander.optionMissingArgument' });
	  }

	  /**
	   * `Option` does not have a value, and is a mandatory option.
	   *
	   * @param {Option} option
	   * @private
	   */

	  missingMandatoryOptionValue(option) {
	    const message = `error: required option '${option.flags}' not specified`;
	    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
	  }

	  /**
	   * `Option` conflicts with another option.
	   *
	   * @param {Option} option
	   * @param {Option} conflictingOption
	   * @private
	   */
	  _conflictingOption(option, conflictingOption) {
	    // The calling code does not know whether a negated option is the source of the
	    // value, so do some work to take an educated guess.
	    const findBestOptionFromValue = (option) => {
	      const optionKey = option.attributeName();
	      const optionValue = this.getOptionValue(optionKey);
	      const negativeOption = this.options.find(
	        (target) => target.negate && optionKey === target.attributeName(),
	      );
	      const positiveOption = this.options.find(
	        (target) => !target.negate && optionKey === target.attributeName(),
	      );
	      if (
	        negativeOption &&
	        ((negativeOption.presetArg === undefined && optionValue === false) ||
	          (negativeOption.presetArg !== undefined &&
	            optionValue === negativeOption.presetArg))
	      ) {
	        return negativeOption;
	      }
	      return positiveOption || option;
	    };

	    const getErrorMessage = (option) => {
	      const bestOption = findBestOptionFromValue(option);
	      const optionKey = bestOption.attributeName();
	      const source = this.getOptionValueSource(optionKey);
	      if (source === 'env') {
	        return `environment variable '${bestOption.envVar}'`;
	      }
	      return `option '${bestOption.flags}'`;
	    };

	    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
	    this.error(message, { code: 'commander.conflictingOption' });
	  }

	  /**
	   * Unknown option `flag`.
	   *
	   * @param {string} flag
	   * @private
	   */

	  unknownOption(flag) {
	    if (this._allowUnknownOption) return;
	    let suggestion = '';

	    if (flag.startsWith('--') && this._showSuggestionAfterError) {
	      // Looping to pick up the global options too
	      let candidateFlags = [];
	      // eslint-disable-next-line @typescript-eslint/no-this-alias
	      let command = this;
	      do {
	        const moreFlags = command
	          .createHelp()
	          .visibleOptions(command)
	          .filter((option) => option.long)
	          .map((option) => option.long);
	        candidateFlags = candidateFlags.concat(moreFlags);
	        command = command.parent;
	      } while (command && !command._enablePositionalOptions);
	      suggestion = suggestSimilar(flag, candidateFlags);
	    }

	    const message = `error: unknown option '${flag}'${suggestion}`;
	    this.error(message, { code: 'commander.unknownOption' });
	  }

	  /**
	   * Excess arguments, more than expected.
	   *
	   * @param {string[]} receivedArgs
	   * @private
	   */

	  _excessArguments(receivedArgs) {
	    if (this._allowExcessArguments) return;

	    const expected = this.registeredArguments.length;
	    const s = expected === 1 ? '' : 's';
	    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
	    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
	    this.error(message, { code: 'commander.excessArguments' });
	  }

	  /**
	   * Unknown command.
	   *
	   * @private
	   */

	  unknownCommand() {
	    const unknownName = this.args[0];
	    let suggestion = '';

	    if (this._showSuggestionAfterError) {
	      const candidateNames = [];
	      this.createHelp()
	        .visibleCommands(this)
	        .forEach((command) => {
	          candidateNames.push(command.name());
	          // just visible alias
	          if (command.alias()) candidateNames.push(command.alias());
	        });
	      suggestion = suggestSimilar(unknownName, candidateNames);
	    }

	    const message = `error: unknown command '${unknownName}'${suggestion}`;
	    this.error(message, { code: 'commander.unknownCommand' });
	  }

	  /**
	   * Get or set the program version.
	   *
	   * This method auto-registers the "-V, --version" option which will print the version number.
	   *
	   * You can optionally supply the flags and description to override the defaults.
	   *
	   * @param {string} [str]
	   * @param {string} [flags]
	   * @param {string} [description]
	   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
	   */

	  version(str, flags, description) {
	    if (str === undefined) return this._version;
	    this._version = str;
	    flags = flags || '-V, --version';
	    description = description || 'output the version number';
	    const versionOption = this.createOption(flags, description);
	    this._versionOptionName = versionOption.attributeName();
	    this._registerOption(versionOption);

	    this.on('option:' + versionOption.name(), () => {
	      this._outputConfiguration.writeOut(`${str}\n`);
	      this._exit(0, 'commander.version', str);
	    });
	    return this;
	  }

	  /**
	   * Set the description.
	   *
	   * @param {string} [str]
	   * @param {object} [argsDescription]
	   * @return {(string|Command)}
	   */
	  description(str, argsDescription) {
	    if (str === undefined && argsDescription === undefined)
	      return this._description;
	    this._description = str;
	    if (argsDescription) {
	      this._argsDescription = argsDescription;
	    }
	    return this;
	  }

	  /**
	   * Set the summary. Used when listed as subcommand of parent.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */
	  summary(str) {
	    if (str === undefined) return this._summary;
	    this._summary = str;
	    return this;
	  }

	  /**
	   * Set an alias for the command.
	   *
	   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
	   *
	   * @param {string} [alias]
	   * @return {(string|Command)}
	   */

	  alias(alias) {
	    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

	    /** @type {Command} */
	    // eslint-disable-next-line @typescript-eslint/no-this-alias
	    let command = this;
	    if (
	      this.commands.length !== 0 &&
	      this.commands[this.commands.length - 1]._executableHandler
	    ) {
	      // assume adding alias for last added executable subcommand, rather than this
	      command = this.commands[this.commands.length - 1];
	    }

	    if (alias === command._name)
	      throw new Error("Command alias can't be the same as its name");
	    const matchingCommand = this.parent?._findCommand(alias);
	    if (matchingCommand) {
	      // c.f. _registerCommand
	      const existingCmd = [matchingCommand.name()]
	        .concat(matchingCommand.aliases())
	        .join('|');
	      throw new Error(
	        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
	      );
	    }

	    command._aliases.push(alias);
	    return this;
	  }

	  /**
	   * Set aliases for the command.
	   *
	   * Only the first alias is shown in the auto-generated help.
	   *
	   * @param {string[]} [aliases]
	   * @return {(string[]|Command)}
	   */

	  aliases(aliases) {
	    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
	    if (aliases === undefined) return this._aliases;

	    aliases.forEach((alias) => this.alias(alias));
	    return this;
	  }

	  /**
	   * Set / get the command usage `str`.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */

	  usage(str) {
	    if (str === undefined) {
	      if (this._usage) return this._usage;

	      const args = this.registeredArguments.map((arg) => {
	        return humanReadableArgName(arg);
	      });
	      return []
	        .concat(
	          this.options.length || this._helpOption !== null ? '[options]' : [],
	          this.commands.length ? '[command]' : [],
	          this.registeredArguments.length ? args : [],
	        )
	        .join(' ');
	    }

	    this._usage = str;
	    return this;
	  }

	  /**
	   * Get or set the name of the command.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */

	  name(str) {
	    if (str === undefined) return this._name;
	    this._name = str;
	    return this;
	  }

	  /**
	   * Set/get the help group heading for this subcommand in parent command's help.
	   *
	   * @param {string} [heading]
	   * @return {Command | string}
	   */

	  helpGroup(heading) {
	    if (heading === undefined) return this._helpGroupHeading ?? '';
	    this._helpGroupHeading = heading;
	    return this;
	  }

	  /**
	   * Set/get the default help group heading for subcommands added to this command.
	   * (This does not override a group set directly on the subcommand using .helpGroup().)
	   *
	   * @example
	   * program.commandsGroup('Development Commands:);
	   * program.command('watch')...
	   * program.command('lint')...
	   * ...
	   *
	   * @param {string} [heading]
	   * @returns {Command | string}
	   */
	  commandsGroup(heading) {
	    if (heading === undefined) return this._defaultCommandGroup ?? '';
	    this._defaultCommandGroup = heading;
	    return this;
	  }

	  /**
	   * Set/get the default help group heading for options added to this command.
	   * (This does not override a group set directly on the option using .helpGroup().)
	   *
	   * @example
	   * program
	   *   .optionsGroup('Development Options:')
	   *   .option('-d, --debug', 'output extra debugging')
	   *   .option('-p, --profile', 'output profiling information')
	   *
	   * @param {string} [heading]
	   * @returns {Command | string}
	   */
	  optionsGroup(heading) {
	    if (heading === undefined) return this._defaultOptionGroup ?? '';
	    this._defaultOptionGroup = heading;
	    return this;
	  }

	  /**
	   * @param {Option} option
	   * @private
	   */
	  _initOptionGroup(option) {
	    if (this._defaultOptionGroup && !option.helpGroupHeading)
	      option.helpGroup(this._defaultOptionGroup);
	  }

	  /**
	   * @param {Command} cmd
	   * @private
	   */
	  _initCommandGroup(cmd) {
	    if (this._defaultCommandGroup && !cmd.helpGroup())
	      cmd.helpGroup(this._defaultCommandGroup);
	  }

	  /**
	   * Set the name of the command from script filename, such as process.argv[1],
	   * or require.main.filename, or __filename.
	   *
	   * (Used internally and public although not documented in README.)
	   *
	   * @example
	   * program.nameFromFilename(require.main.filename);
	   *
	   * @param {string} filename
	   * @return {Command}
	   */

	  nameFromFilename(filename) {
	    this._name = path$1.basename(filename, path$1.extname(filename));

	    return this;
	  }

	  /**
	   * Get or set the directory for searching for executable subcommands of this command.
	   *
	   * @example
	   * program.executableDir(__dirname);
	   * // or
	   * program.executableDir('subcommands');
	   *
	   * @param {string} [path]
	   * @return {(string|null|Command)}
	   */

	  executableDir(path) {
	    if (path === undefined) return this._executableDir;
	    this._executableDir = path;
	    return this;
	  }

	  /**
	   * Return program help documentation.
	   *
	   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
	   * @return {string}
	   */

	  helpInformation(contextOptions) {
	    const helper = this.createHelp();
	    const context = this._getOutputContext(contextOptions);
	    helper.prepareContext({
	      error: context.error,
	      helpWidth: context.helpWidth,
	      outputHasColors: context.hasColors,
	    });
	    const text = helper.formatHelp(this, helper);
	    if (context.hasColors) return text;
	    return this._outputConfiguration.stripColor(text);
	  }

	  /**
	   * @typedef HelpContext
	   * @type {object}
	   * @property {boolean} error
	   * @property {number} helpWidth
	   * @property {boolean} hasColors
	   * @property {function} write - includes stripColor if needed
	   *
	   * @returns {HelpContext}
	   * @private
	   */

	  _getOutputContext(contextOptions) {
	    contextOptions = contextOptions || {};
	    const error = !!contextOptions.error;
	    let baseWrite;
	    let hasColors;
	    let helpWidth;
	    if (error) {
	      baseWrite = (str) => this._outputConfiguration.writeErr(str);
	      hasColors = this._outputConfiguration.getErrHasColors();
	      helpWidth = this._outputConfiguration.getErrHelpWidth();
	    } else {
	      baseWrite = (str) => this._outputConfiguration.writeOut(str);
	      hasColors = this._outputConfiguration.getOutHasColors();
	      helpWidth = this._outputConfiguration.getOutHelpWidth();
	    }
	    const write = (str) => {
	      if (!hasColors) str = this._outputConfiguration.stripColor(str);
	      return baseWrite(str);
	    };
	    return { error, write, hasColors, helpWidth };
	  }

	  /**
	   * Output help information for this command.
	   *
	   * Outputs built-in help, and custom text added using `.addHelpText()`.
	   *
	   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
	   */

	  outputHelp(contextOptions) {
	    let deprecatedCallback;
	    if (typeof contextOptions === 'function') {
	      deprecatedCallback = contextOptions;
	      contextOptions = undefined;
	    }

	    const outputContext = this._getOutputContext(contextOptions);
	    /** @type {HelpTextEventContext} */
	    const eventContext = {
	      error: outputContext.error,
	      write: outputContext.write,
	      command: this,
	    };

	    this._getCommandAndAncestors()
	      .reverse()
	      .forEach((command) => command.emit('beforeAllHelp', eventContext));
	    this.emit('beforeHelp', eventContext);

	    let helpInformation = this.helpInformation({ error: outputContext.error });
	    if (deprecatedCallback) {
	      helpInformation = deprecatedCallback(helpInformation);
	      if (
	        typeof helpInformation !== 'string' &&
	        !Buffer.isBuffer(helpInformation)
	      ) {
	        throw new Error('outputHelp callback must return a string or a Buffer');
	      }
	    }
	    outputContext.write(helpInformation);

	    if (this._getHelpOption()?.long) {
	      this.emit(this._getHelpOption().long); // deprecated
	    }
	    this.emit('afterHelp', eventContext);
	    this._getCommandAndAncestors().forEach((command) =>
	      command.emit('afterAllHelp', eventContext),
	    );
	  }

	  /**
	   * You can pass in flags and a description to customise the built-in help option.
	   * Pass in false to disable the built-in help option.
	   *
	   * @example
	   * program.helpOption('-?, --help' 'show help'); // customise
	   * program.helpOption(false); // disable
	   *
	   * @param {(string | boolean)} flags
	   * @param {string} [description]
	   * @return {Command} `this` command for chaining
	   */

	  helpOption(flags, description) {
	    // Support enabling/disabling built-in help option.
	    if (typeof flags === 'boolean') {
	      if (flags) {
	        if (this._helpOption === null) this._helpOption = undefined; // reenable
	        if (this._defaultOptionGroup) {
	          // make the option to store the group
	          this._initOptionGroup(this._getHelpOption());
	        }
	      } else {
	        this._helpOption = null; // disable
	      }
	      return this;
	    }

	    // Customise flags and description.
	    this._helpOption = this.createOption(
	      flags ?? '-h, --help',
	      description ?? 'display help for command',
	    );
	    // init group unless lazy create
	    if (flags || description) this._initOptionGroup(this._helpOption);

	    return this;
	  }

	  /**
	   * Lazy create help option.
	   * Returns null if has been disabled with .helpOption(false).
	   *
	   * @returns {(Option | null)} the help option
	   * @package
	   */
	  _getHelpOption() {
	    // Lazy create help option on demand.
	    if (this._helpOption === undefined) {
	      this.helpOption(undefined, undefined);
	    }
	    return this._helpOption;
	  }

	  /**
	   * Supply your own option to use for the built-in help option.
	   * This is an alternative to using helpOption() to customise the flags and description etc.
	   *
	   * @param {Option} option
	   * @return {Command} `this` command for chaining
	   */
	  addHelpOption(option) {
	    this._helpOption = option;
	    this._initOptionGroup(option);
	    return this;
	  }

	  /**
	   * Output help information and exit.
	   *
	   * Outputs built-in help, and custom text added using `.addHelpText()`.
	   *
	   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
	   */

	  help(contextOptions) {
	    this.outputHelp(contextOptions);
	    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
	    if (
	      exitCode === 0 &&
	      contextOptions &&
	      typeof contextOptions !== 'function' &&
	      contextOptions.error
	    ) {
	      exitCode = 1;
	    }
	    // message: do not have all displayed text available so only passing placeholder.
	    this._exit(exitCode, 'commander.help', '(outputHelp)');
	  }

	  /**
	   * // Do a little typing to coordinate emit and listener for the help text events.
	   * @typedef HelpTextEventContext
	   * @type {object}
	   * @property {boolean} error
	   * @property {Command} command
	   * @property {function} write
	   */

	  /**
	   * Add additional text to be displayed with the built-in help.
	   *
	   * Position is 'before' or 'after' to affect just this command,
	   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
	   *
	   * @param {string} position - before or after built-in help
	   * @param {(string | Function)} text - string to add, or a function returning a string
	   * @return {Command} `this` command for chaining
	   */

	  addHelpText(position, text) {
	    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
	    if (!allowedValues.includes(position)) {
	      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
	    }

	    const helpEvent = `${position}Help`;
	    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
	      let helpStr;
	      if (typeof text === 'function') {
	        helpStr = text({ error: context.error, command: context.command });
	      } else {
	        helpStr = text;
	      }
	      // Ignore falsy value when nothing to output.
	      if (helpStr) {
	        context.write(`${helpStr}\n`);
	      }
	    });
	    return this;
	  }

	  /**
	   * Output help information if help flags specified
	   *
	   * @param {Array} args - array of options to search for help flags
	   * @private
	   */

	  _outputHelpIfRequested(args) {
	    const helpOption = this._getHelpOption();
	    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
	    if (helpRequested) {
	      this.outputHelp();
	      // (Do not have all displayed text available so only passing placeholder.)
	      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
	    }
	  }
	}

	/**
	 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	 *
	 * @param {string[]} args - array of arguments from node.execArgv
	 * @returns {string[]}
	 * @private
	 */

	function incrementNodeInspectorPort(args) {
	  // Testing for these options:
	  //  --inspect[=[host:]port]
	  //  --inspect-brk[=[host:]port]
	  //  --inspect-port=[host:]port
	  return args.map((arg) => {
	    if (!arg.startsWith('--inspect')) {
	      return arg;
	    }
	    let debugOption;
	    let debugHost = '127.0.0.1';
	    let debugPort = '9229';
	    let match;
	    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
	      // e.g. --inspect
	      debugOption = match[1];
	    } else if (
	      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
	    ) {
	      debugOption = match[1];
	      if (/^\d+$/.test(match[3])) {
	        // e.g. --inspect=1234
	        debugPort = match[3];
	      } else {
	        // e.g. --inspect=localhost
	        debugHost = match[3];
	      }
	    } else if (
	      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
	    ) {
	      // e.g. --inspect=localhost:1234
	      debugOption = match[1];
	      debugHost = match[3];
	      debugPort = match[4];
	    }

	    if (debugOption && debugPort !== '0') {
	      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
	    }
	    return arg;
	  });
	}

	/**
	 * @returns {boolean | undefined}
	 * @package
	 */
	function useColor() {
	  // Test for common conventions.
	  // NB: the observed behaviour is in combination with how author adds color! For example:
	  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
	  //   - we do test NO_COLOR, but Chalk does not
	  //
	  // References:
	  // https://no-color.org
	  // https://bixense.com/clicolors/
	  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
	  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
	  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

	  if (
	    process.env.NO_COLOR ||
	    process.env.FORCE_COLOR === '0' ||
	    process.env.FORCE_COLOR === 'false'
	  )
	    return false;
	  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
	    return true;
	  return undefined;
	}

	command.Command = Command;
	command.useColor = useColor; // exporting for tests
	return command;
}

var hasRequiredCommander;

function requireCommander () {
	if (hasRequiredCommander) return commander$1;
	hasRequiredCommander = 1;
	const { Argument } = requireArgument();
	const { Command } = requireCommand();
	const { CommanderError, InvalidArgumentError } = requireError();
	const { Help } = requireHelp();
	const { Option } = requireOption();

	commander$1.program = new Command();

	commander$1.createCommand = (name) => new Command(name);
	commander$1.createOption = (flags, description) => new Option(flags, description);
	commander$1.createArgument = (name, description) => new Argument(name, description);

	/**
	 * Expose classes
	 */

	commander$1.Command = Command;
	commander$1.Option = Option;
	commander$1.Argument = Argument;
	commander$1.Help = Help;

	commander$1.CommanderError = CommanderError;
	commander$1.InvalidArgumentError = InvalidArgumentError;
	commander$1.InvalidOptionArgumentError = InvalidArgumentError; // Deprecated
	return commander$1;
}

var commanderExports = requireCommander();
var commander = /*@__PURE__*/getDefaultExportFromCjs(commanderExports);

// wrapper to provide named exports for ESM.
const {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError, // deprecated old name
  Command,
  Argument,
  Option,
  Help,
} = commander;

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0$1;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge$1 = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge$1;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge$1.addMergeToJSMap = addMergeToJSMap;
	merge$1.isMergeKey = isMergeKey;
	merge$1.merge = merge;
	return merge$1;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$2;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0$1;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0$1;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

// The data the tool ships with (policies/: the default policy, the schema, the catalog), found from wherever the
// code runs: src/ under tests, dist/ in the action and the installed command.
let cached = null;
function policiesDir() {
    if (cached)
        return cached;
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const candidate = path.join(dir, 'policies');
        if (existsSync(path.join(candidate, 'policy.schema.json')))
            return (cached = candidate);
        dir = path.dirname(dir);
    }
    throw new Error('the policies/ folder that comes with base-image-policy is missing');
}
const BUILT_IN_POLICY = 'policies/default.yml';
function builtInPolicyPath() {
    return path.join(policiesDir(), 'default.yml');
}

// Strings kept beyond the file they were cut from.
/**
 * A copy of `s` that shares no memory with the text it was cut from. The engine makes a slice of a long string a
 * view of the whole, so a slice of a Dockerfile's text kept by a cache that outlives the file (a map key, a
 * remembered answer) keeps the whole text alive: a scan of 600 files of 500 KB, each naming its own image, held
 * them all (peak memory 425 MB). A joined string is flattened into a new one, and a slice of that is a view of the
 * new one only. For what a cache keeps when it first sees a value, not for every lookup.
 */
function detached(s) {
    return (' ' + s).slice(1);
}
function detachedOrNull(s) {
    return s === null ? null : detached(s);
}

// Image references, parsed and normalised the way Docker does it: the grammar of distribution/reference
// (reference.go, regexp.go) and the normalisation of normalize.go (ParseNormalizedNamed, splitDockerDomain,
// ParseAnyReference). The grammar is checked by a hand-written scanner rather than regular expressions, so that
// hostile input of any length is parsed in linear time.
const DEFAULT_DOMAIN = 'docker.io';
// Only this legacy name of Docker Hub is folded; registry-1.docker.io stays a registry of its own.
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const LOCALHOST = 'localhost';
const OFFICIAL_REPO_PREFIX = 'library/';
const REPOSITORY_NAME_MAX = 255;
const TAG_MAX = 128;
const DIGEST_HEX_MIN = 32;
// go-digest accepts only registered algorithms; Docker registers sha256 and sha512 (which brings sha384).
// A Map, not an object literal, so that names like "constructor" find nothing.
const DIGEST_HEX_LENGTH = new Map([
    ['sha256', 64],
    ['sha384', 96],
    ['sha512', 128],
]);
const SLASH$1 = 47;
const COLON$1 = 58;
const DOT = 46;
const DASH = 45;
const UNDERSCORE$1 = 95;
const PLUS$1 = 43;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
function isDigit$1(c) {
    return c >= 48 && c <= 57;
}
function isLower(c) {
    return c >= 97 && c <= 122;
}
function isUpper(c) {
    return c >= 65 && c <= 90;
}
function isAlnum(c) {
    return isDigit$1(c) || isLower(c) || isUpper(c);
}
function isLowerHex(c) {
    return isDigit$1(c) || (c >= 97 && c <= 102);
}
function isHex(c) {
    return isLowerHex(c) || (c >= 65 && c <= 70);
}
/** Go's \w: ASCII letters, digits and underscore. */
function isWord(c) {
    return isAlnum(c) || c === UNDERSCORE$1;
}
function hasUpper(s) {
    for (let i = 0; i < s.length; i++)
        if (isUpper(s.charCodeAt(i)))
            return true;
    return false;
}
/** A piece of the input for an error message, quoted and cut short: input can be megabytes long. */
function show(s) {
    return JSON.stringify(s.length > 48 ? `${s.slice(0, 48)}…` : s);
}
function charAt(s, i) {
    return String.fromCodePoint(s.codePointAt(i) ?? 0);
}
/** Rejects characters that no part of the grammar allows, so later messages can be specific. */
function characterProblem(input) {
    for (let i = 0; i < input.length; i++) {
        const c = input.charCodeAt(i);
        if (isWord(c) || c === DOT || c === DASH || c === SLASH$1 || c === COLON$1 || c === AT || c === PLUS$1)
            continue;
        if (c === OPEN_BRACKET || c === CLOSE_BRACKET)
            continue;
        const ch = charAt(input, i);
        if (ch.trim() === '')
            return 'invalid reference format: image reference must not contain whitespace';
        return `invalid reference format: character ${show(ch)} is not allowed in an image reference`;
    }
    return null;
}
/** Docker's "identifier": an image ID written without its algorithm. */
function isIdentifier(s) {
    if (s.length !== 64)
        return false;
    for (let i = 0; i < s.length; i++)
        if (!isLowerHex(s.charCodeAt(i)))
            return false;
    return true;
}
/** algorithm := component ([+._-] component)*, component := [A-Za-z][A-Za-z0-9]* */
function algorithmProblem(algorithm) {
    if (algorithm === '')
        return 'the algorithm before ":" is empty';
    let componentStart = true;
    for (let i = 0; i < algorithm.length; i++) {
        const c = algorithm.charCodeAt(i);
        if (componentStart) {
            if (!isLower(c) && !isUpper(c))
                return `algorithm ${show(algorithm)} must have a letter at the start of each component`;
            componentStart = false;
        }
        else if (c === PLUS$1 || c === DOT || c === UNDERSCORE$1 || c === DASH) {
            componentStart = true;
        }
        else if (!isAlnum(c)) {
            return `algorithm ${show(algorithm)} contains ${show(charAt(algorithm, i))}`;
        }
    }
    if (componentStart)
        return `algorithm ${show(algorithm)} ends with a separator`;
    return null;
}
/**
 * Why a digest is unacceptable, or null: first the reference grammar (algorithm ":" at least 32 hex digits), then
 * go-digest's Validate (a registered algorithm, its exact length, lower-case hex).
 */
function digestProblem(digest) {
    if (digest === '')
        return 'invalid digest: nothing follows "@"';
    const colon = digest.indexOf(':');
    if (colon < 0)
        return `invalid digest ${show(digest)}: expected algorithm ":" hex`;
    const algorithm = digest.slice(0, colon);
    const encoded = digest.slice(colon + 1);
    const algorithmIssue = algorithmProblem(algorithm);
    if (algorithmIssue)
        return `invalid digest ${show(digest)}: ${algorithmIssue}`;
    for (let i = 0; i < encoded.length; i++) {
        if (!isHex(encoded.charCodeAt(i)))
            return `invalid digest ${show(digest)}: ${show(charAt(encoded, i))} is not a hexadecimal digit`;
    }
    if (encoded.length < DIGEST_HEX_MIN)
        return `invalid digest ${show(digest)}: at least ${DIGEST_HEX_MIN} hexadecimal digits are required`;
    const expected = DIGEST_HEX_LENGTH.get(algorithm);
    if (expected === undefined)
        return `invalid digest ${show(digest)}: unsupported digest algorithm`;
    if (encoded.length !== expected)
        return `invalid digest ${show(digest)}: invalid checksum digest length (${algorithm} has ${expected} hexadecimal digits, not ${encoded.length})`;
    for (let i = 0; i < encoded.length; i++) {
        if (!isLowerHex(encoded.charCodeAt(i)))
            return `invalid digest ${show(digest)}: invalid checksum digest format (hexadecimal digits must be lower case)`;
    }
    return null;
}
/** Whether a reference could be a bare digest (no '/', and at least 32 hex digits after a ':'), found without
 * building the messages digestProblem gives: most references are not one. */
function maybeDigest(input) {
    const colon = input.indexOf(':');
    if (colon < 0 || input.length - colon - 1 < DIGEST_HEX_MIN || input.includes('/'))
        return false;
    for (let i = colon + 1; i < input.length; i++)
        if (!isHex(input.charCodeAt(i)))
            return false;
    return true;
}
/** tag := [\w][\w.-]{0,127} */
function tagProblem(tag) {
    if (tag === '')
        return 'invalid tag "": nothing follows ":"';
    if (!isWord(tag.charCodeAt(0)))
        return `invalid tag ${show(tag)}: a tag must start with a letter, digit or underscore`;
    for (let i = 1; i < tag.length; i++) {
        const c = tag.charCodeAt(i);
        if (!isWord(c) && c !== DOT && c !== DASH)
            return `invalid tag ${show(tag)}: ${show(charAt(tag, i))} is not allowed (only letters, digits, "_", "." and "-")`;
    }
    if (tag.length > TAG_MAX)
        return `invalid tag ${show(tag)}: a tag must not be more than ${TAG_MAX} characters (it has ${tag.length})`;
    return null;
}
/** domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9], joined by '.' */
function hostnameProblem(host) {
    if (host === '')
        return 'the host name is empty';
    let start = 0;
    while (start <= host.length) {
        let end = host.indexOf('.', start);
        if (end < 0)
            end = host.length;
        if (end === start)
            return 'the host name has an empty component';
        for (let i = start; i < end; i++) {
            const c = host.charCodeAt(i);
            if (!isAlnum(c) && c !== DASH)
                return `${show(charAt(host, i))} is not allowed in a host name`;
        }
        if (host.charCodeAt(start) === DASH || host.charCodeAt(end - 1) === DASH)
            return 'a host name component must not start or end with "-"';
        start = end + 1;
    }
    return null;
}
/** domain := host [":" port], host := domain-name | "[" IPv6 "]" (hex digits and colons only: no zones) */
function registryProblem(domain) {
    let hostEnd;
    if (domain.charCodeAt(0) === OPEN_BRACKET) {
        const close = domain.indexOf(']');
        if (close < 0)
            return 'the IPv6 address has no closing "]"';
        if (close === 1)
            return 'the IPv6 address is empty';
        for (let i = 1; i < close; i++) {
            const c = domain.charCodeAt(i);
            if (!isHex(c) && c !== COLON$1)
                return 'an IPv6 address may hold only hexadecimal digits and ":"';
        }
        hostEnd = close + 1;
        if (hostEnd < domain.length && domain.charCodeAt(hostEnd) !== COLON$1)
            return 'only ":" and a port may follow an IPv6 address';
    }
    else {
        const colon = domain.indexOf(':');
        hostEnd = colon < 0 ? domain.length : colon;
        const hostIssue = hostnameProblem(domain.slice(0, hostEnd));
        if (hostIssue)
            return hostIssue;
    }
    if (hostEnd === domain.length)
        return null;
    if (hostEnd + 1 === domain.length)
        return 'the port after ":" is empty';
    for (let i = hostEnd + 1; i < domain.length; i++) {
        if (!isDigit$1(domain.charCodeAt(i)))
            return 'the port must be decimal digits';
    }
    return null;
}
/** Separators inside a path component: one '.', one or two '_', or any number of '-'. */
function isSeparatorRun(s, start, end) {
    const first = s.charCodeAt(start);
    const length = end - start;
    if (first === DOT)
        return length === 1;
    if (first === UNDERSCORE$1)
        return length === 1 || (length === 2 && s.charCodeAt(start + 1) === UNDERSCORE$1);
    for (let i = start; i < end; i++)
        if (s.charCodeAt(i) !== DASH)
            return false;
    return true;
}
function isSeparatorChar(c) {
    return c === DOT || c === UNDERSCORE$1 || c === DASH;
}
function isPathAlnum(c) {
    return isDigit$1(c) || isLower(c);
}
/** path-component := [a-z0-9]+ (separator [a-z0-9]+)* */
function componentProblem(path, start, end) {
    if (start === end)
        return 'invalid reference format: the repository path has an empty component';
    const component = () => show(path.slice(start, Math.min(end, start + 64)));
    let i = start;
    while (i < end) {
        const runStart = i;
        while (i < end && isPathAlnum(path.charCodeAt(i)))
            i++;
        if (i === end)
            return null;
        const c = path.charCodeAt(i);
        if (isUpper(c))
            return `repository name must be lowercase: ${component()}`;
        if (!isSeparatorChar(c))
            return `invalid reference format: ${show(charAt(path, i))} is not allowed in repository name ${component()}`;
        if (i === runStart)
            return `invalid reference format: repository name component ${component()} must start with a lowercase letter or digit`;
        const separatorStart = i;
        while (i < end && isSeparatorChar(path.charCodeAt(i)))
            i++;
        if (i === end)
            return `invalid reference format: repository name component ${component()} must end with a lowercase letter or digit`;
        if (!isSeparatorRun(path, separatorStart, i))
            return `invalid reference format: repository name component ${component()} has the separator ${show(path.slice(separatorStart, Math.min(i, separatorStart + 8)))}; only ".", "_", "__" or dashes may join letters and digits`;
    }
    return null;
}
function pathProblem(path) {
    let start = 0;
    for (;;) {
        const slash = path.indexOf('/', start);
        const end = slash < 0 ? path.length : slash;
        const issue = componentProblem(path, start, end);
        if (issue)
            return issue;
        if (slash < 0)
            return null;
        start = slash + 1;
    }
}
/**
 * normalize.go's splitDockerDomain: the first component is a registry only if it is 'localhost', contains '.' or
 * ':', or is not all lower case (Docker Hub has no upper-case namespaces); otherwise the name is on Docker Hub,
 * where a one-component name is an official image under 'library/'.
 */
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    // A single component is always a Docker Hub name, even 'localhost' or 'example.com' ('localhost:5000' is
    // 'localhost' with tag 5000).
    if (slash < 0)
        return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + name };
    const maybeDomain = name.slice(0, slash);
    const maybeRemainder = name.slice(slash + 1);
    let domain;
    let remainder;
    if (maybeDomain === LOCALHOST) {
        [domain, remainder] = [maybeDomain, maybeRemainder];
    }
    else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) {
        [domain, remainder] = [DEFAULT_DOMAIN, maybeRemainder];
    }
    else if (maybeDomain.includes('.') || maybeDomain.includes(':') || hasUpper(maybeDomain)) {
        [domain, remainder] = [maybeDomain, maybeRemainder];
    }
    else {
        [domain, remainder] = [DEFAULT_DOMAIN, name];
    }
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = OFFICIAL_REPO_PREFIX + remainder;
    return { domain, remainder };
}
/** normalize.go's familiarizeName: Docker Hub loses its domain, official images their 'library/'. */
function familiarName(domain, path) {
    if (domain !== DEFAULT_DOMAIN)
        return `${domain}/${path}`;
    if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        if (!rest.includes('/'))
            return rest;
    }
    return path;
}
function fail(error) {
    return { ok: false, error };
}
/** Answers for references seen before: most files name the same few images. Bounded in number and length, for
 * hostile input. */
const parsedBefore = new Map();
const PARSED_KEPT = 4096;
const PARSED_KEPT_LENGTH = 512;
/**
 * Parses an image reference as Docker's ParseNormalizedNamed does (name [":" tag] ["@" digest]) and normalises
 * it. Also rejects what ParseAnyReference would read as an image ID or a bare digest, since neither names a
 * repository. The answer is shared between callers, so it must not be changed.
 */
function parseImageReference(input) {
    // the parts of every answer are cut from a copy, so that they never keep the file's text (see strings.ts)
    if (input.length > PARSED_KEPT_LENGTH)
        return parse(detached(input));
    let result = parsedBefore.get(input);
    if (result === undefined) {
        if (parsedBefore.size >= PARSED_KEPT)
            parsedBefore.clear();
        const kept = detached(input);
        result = parse(kept);
        parsedBefore.set(kept, result);
    }
    return result;
}
function parse(input) {
    if (input === '')
        return fail('invalid reference format: the image reference is empty');
    const characterIssue = characterProblem(input);
    if (characterIssue)
        return fail(characterIssue);
    const first = input.charCodeAt(0);
    if (first === COLON$1 || first === AT)
        return fail(`invalid reference format: no repository name before ${show(input[0])}`);
    if (isIdentifier(input))
        return fail(`invalid repository name ${show(input)}: cannot specify 64-byte hexadecimal strings (that is an image ID)`);
    if (maybeDigest(input) && digestProblem(input) === null)
        return fail(`invalid reference format: ${show(input)} is a bare digest and names no repository`);
    const { domain, remainder } = splitDockerDomain(input);
    // As in ParseNormalizedNamed: everything before the first ':' of the remainder must be lower case.
    const tagColon = remainder.indexOf(':');
    const remote = tagColon < 0 ? remainder : remainder.slice(0, tagColon);
    if (hasUpper(remote)) {
        const at = remote.indexOf('@');
        // Upper case only after '@' is a digest algorithm (e.g. 'SHA256'), which no registered algorithm matches.
        if (at >= 0 && !hasUpper(remote.slice(0, at))) {
            const digestIssue = digestProblem(remainder.slice(remainder.indexOf('@') + 1));
            if (digestIssue)
                return fail(digestIssue);
        }
        return fail(`repository name must be lowercase: ${show(at < 0 ? remote : remote.slice(0, at))}`);
    }
    // Names and tags hold no '@' and digests hold no '/', so the digest starts at the first '@'; path components
    // hold no ':', so the tag starts at the first ':' after the last '/' (an earlier ':' belongs to a port).
    const at = remainder.indexOf('@');
    const withoutDigest = at < 0 ? remainder : remainder.slice(0, at);
    const digest = at < 0 ? null : remainder.slice(at + 1);
    const colon = withoutDigest.indexOf(':', withoutDigest.lastIndexOf('/') + 1);
    const path = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
    const tag = colon < 0 ? null : withoutDigest.slice(colon + 1);
    // Docker's Parse would fall back to reading an invalid host (e.g. 'my_registry.com/app') as part of a path
    // with no registry at all; such a name cannot be pulled from anywhere meaningful, so it is rejected here.
    const registryIssue = registryProblem(domain);
    if (registryIssue)
        return fail(`invalid reference format: invalid registry ${show(domain)}: ${registryIssue}`);
    const pathIssue = pathProblem(path);
    if (pathIssue)
        return fail(pathIssue);
    if (path.length > REPOSITORY_NAME_MAX)
        return fail(`repository name must not be more than ${REPOSITORY_NAME_MAX} characters (${show(path)} has ${path.length})`);
    if (tag !== null) {
        const tagIssue = tagProblem(tag);
        if (tagIssue)
            return fail(tagIssue);
    }
    if (digest !== null) {
        const digestIssue = digestProblem(digest);
        if (digestIssue)
            return fail(digestIssue);
    }
    const name = `${domain}/${path}`;
    const suffix = (tag === null ? '' : `:${tag}`) + (digest === null ? '' : `@${digest}`);
    return {
        ok: true,
        ref: {
            registry: domain,
            repository: path,
            tag,
            digest,
            name,
            normalized: name + suffix,
            familiar: familiarName(domain, path) + suffix,
        },
    };
}

var ucs2length = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length$1(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length.default = ucs2length$1;
	ucs2length$1.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var func3_ = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

var equal = {};

var fastDeepEqual;
var hasRequiredFastDeepEqual;

function requireFastDeepEqual () {
	if (hasRequiredFastDeepEqual) return fastDeepEqual;
	hasRequiredFastDeepEqual = 1;

	// do not edit .js files directly - edit src/index.jst



	fastDeepEqual = function equal(a, b) {
	  if (a === b) return true;

	  if (a && b && typeof a == 'object' && typeof b == 'object') {
	    if (a.constructor !== b.constructor) return false;

	    var length, i, keys;
	    if (Array.isArray(a)) {
	      length = a.length;
	      if (length != b.length) return false;
	      for (i = length; i-- !== 0;)
	        if (!equal(a[i], b[i])) return false;
	      return true;
	    }



	    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
	    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
	    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

	    keys = Object.keys(a);
	    length = keys.length;
	    if (length !== Object.keys(b).length) return false;

	    for (i = length; i-- !== 0;)
	      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

	    for (i = length; i-- !== 0;) {
	      var key = keys[i];

	      if (!equal(a[key], b[key])) return false;
	    }

	    return true;
	  }

	  // true if both NaN, false otherwise
	  return a!==a && b!==b;
	};
	return fastDeepEqual;
}

var hasRequiredEqual;

function requireEqual () {
	if (hasRequiredEqual) return equal;
	hasRequiredEqual = 1;
	Object.defineProperty(equal, "__esModule", { value: true });
	// https://github.com/ajv-validator/ajv/issues/889
	const equal$1 = requireFastDeepEqual();
	equal$1.code = 'require("ajv/dist/runtime/equal").default';
	equal.default = equal$1;
	
	return equal;
}

var equalExports = /*@__PURE__*/ requireEqual();
var func0_ = /*@__PURE__*/getDefaultExportFromCjs(equalExports);

// Generated by scripts/generate.mjs from policies/policy.schema.json: do not edit.
/* eslint-disable */
const validate = validate10;
const schema11 = {"properties":{"$schema":{"type":"string"},"version":{"description":"The policy format version.","const":1},"extends":{"description":"A policy this one builds on: a path relative to this file, or OWNER/REPO/PATH@REF for a policy in another repository.","type":"string","minLength":1},"settings":{"type":"object","additionalProperties":false,"properties":{"require-digest":{"description":"Every image must be pinned by digest (image:tag@sha256:...); a missing digest is an error instead of a warning.","type":"boolean"},"allow-latest":{"description":"Allow ':latest' and untagged images.","type":"boolean"},"inline-ignores":{"description":"Whether '# base-image-policy ignore=RULE reason=\"...\"' comments in Dockerfiles count.","type":"boolean"},"locked":{"description":"Settings and lists that a policy extending this one cannot loosen.","type":"array","uniqueItems":true,"items":{"enum":["require-digest","allow-latest","inline-ignores","rules","registries","approved","denied","exceptions"]}}}},"rules":{"description":"Severity per rule: error, warning, notice or off.","type":"object","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"registries":{"description":"When present, images from any other registry or path are findings (registry-not-allowed).","type":"array","items":{"$ref":"#/definitions/registryPattern"}},"approved":{"description":"When present, any other image is a finding (image-not-approved).","type":"array","items":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"$ref":"#/definitions/imagePattern"},"tags":{"description":"Allowed tags; * matches within a tag. Other tags are findings (tag-not-approved).","type":"array","minItems":1,"items":{"$ref":"#/definitions/tagPattern"}},"digests":{"description":"When present, a pinned digest must be one of these (digest-not-approved).","type":"array","minItems":1,"items":{"$ref":"#/definitions/digest"}},"stages":{"description":"Where the image may be used: build stages, the shipped (final) stage, or both.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["build","final"]}},"reason":{"type":"string"}}}},"denied":{"description":"Images that are never allowed (image-denied).","type":"array","items":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"$ref":"#/definitions/imagePattern"},"tags":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/tagPattern"}},"reason":{"type":"string"},"use":{"description":"The image to use instead, e.g. debian:bookworm-slim.","type":"string"}}}},"exceptions":{"description":"Findings that do not count, for named files, images and rules, until a date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["reason"],"anyOf":[{"required":["files"]},{"required":["image"]}],"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"image":{"$ref":"#/definitions/imagePattern"},"rules":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/ruleId"}},"reason":{"type":"string","minLength":1},"expires":{"$ref":"#/definitions/date"}}}},"catalog":{"description":"Additions to the built-in catalog of image families and their smaller variants.","type":"array","items":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"$ref":"#/definitions/imagePattern"},"family":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"},"slim":{"$ref":"#/definitions/variant"},"alpine":{"$ref":"#/definitions/variant"},"distroless":{"$ref":"#/definitions/variant"},"chainguard":{"$ref":"#/definitions/variant"},"eol":{"description":"End-of-life dates per tag line, e.g. {\"2.1\": 2026-06-30}.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"additionalProperties":{"$ref":"#/definitions/date"}}}}}}};
const schema12 = {"enum":["registry-not-allowed","image-not-approved","tag-not-approved","digest-not-approved","image-denied","digest-required","latest-tag","unresolved-image","invalid-image","exception-expired","eol-image","unofficial-image","file-not-scanned","locked-setting","ignore-comment-invalid","digest-outdated","suggest-slim","suggest-distroless","suggest-scratch","alpine-musl"]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = func3_.default ?? func3_;
const func0 = func0_.default ?? func0_;
const pattern0 = new RegExp("^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*$", "u");
const pattern1 = new RegExp("^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$", "u");
const pattern3 = new RegExp("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const pattern9 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.extends !== undefined){
let data2 = data.extends;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err4 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.settings !== undefined){
let data3 = data.settings;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((key1 === "require-digest") || (key1 === "allow-latest")) || (key1 === "inline-ignores")) || (key1 === "locked"))){
const err6 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3["require-digest"] !== undefined){
if(typeof data3["require-digest"] !== "boolean"){
const err7 = {instancePath:instancePath+"/settings/require-digest",schemaPath:"#/properties/settings/properties/require-digest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3["allow-latest"] !== undefined){
if(typeof data3["allow-latest"] !== "boolean"){
const err8 = {instancePath:instancePath+"/settings/allow-latest",schemaPath:"#/properties/settings/properties/allow-latest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3["inline-ignores"] !== undefined){
if(typeof data3["inline-ignores"] !== "boolean"){
const err9 = {instancePath:instancePath+"/settings/inline-ignores",schemaPath:"#/properties/settings/properties/inline-ignores/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.locked !== undefined){
let data7 = data3.locked;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(!((((((((data8 === "require-digest") || (data8 === "allow-latest")) || (data8 === "inline-ignores")) || (data8 === "rules")) || (data8 === "registries")) || (data8 === "approved")) || (data8 === "denied")) || (data8 === "exceptions"))){
const err10 = {instancePath:instancePath+"/settings/locked/" + i0,schemaPath:"#/properties/settings/properties/locked/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.settings.properties.locked.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data7[i1], data7[j0])){
const err11 = {instancePath:instancePath+"/settings/locked",schemaPath:"#/properties/settings/properties/locked/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/settings/locked",schemaPath:"#/properties/settings/properties/locked/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.rules !== undefined){
let data9 = data.rules;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs21 = errors;
if(!((((((((((((((((((((key2 === "registry-not-allowed") || (key2 === "image-not-approved")) || (key2 === "tag-not-approved")) || (key2 === "digest-not-approved")) || (key2 === "image-denied")) || (key2 === "digest-required")) || (key2 === "latest-tag")) || (key2 === "unresolved-image")) || (key2 === "invalid-image")) || (key2 === "exception-expired")) || (key2 === "eol-image")) || (key2 === "unofficial-image")) || (key2 === "file-not-scanned")) || (key2 === "locked-setting")) || (key2 === "ignore-comment-invalid")) || (key2 === "digest-outdated")) || (key2 === "suggest-slim")) || (key2 === "suggest-distroless")) || (key2 === "suggest-scratch")) || (key2 === "alpine-musl"))){
const err14 = {instancePath:instancePath+"/rules",schemaPath:"#/definitions/ruleId/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",propertyName:key2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs21 === errors;
if(!valid5){
const err15 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
if(!((((data10 === "error") || (data10 === "warning")) || (data10 === "notice")) || (data10 === "off"))){
const err16 = {instancePath:instancePath+"/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.registries !== undefined){
let data11 = data.registries;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err18 = {instancePath:instancePath+"/registries/" + i2,schemaPath:"#/definitions/registryPattern/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/registries/" + i2,schemaPath:"#/definitions/registryPattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/registries",schemaPath:"#/properties/registries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.approved !== undefined){
let data13 = data.approved;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i3=0; i3<len2; i3++){
let data14 = data13[i3];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.image === undefined){
const err21 = {instancePath:instancePath+"/approved/" + i3,schemaPath:"#/properties/approved/items/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key4 in data14){
if(!(((((key4 === "image") || (key4 === "tags")) || (key4 === "digests")) || (key4 === "stages")) || (key4 === "reason"))){
const err22 = {instancePath:instancePath+"/approved/" + i3,schemaPath:"#/properties/approved/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.image !== undefined){
let data15 = data14.image;
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err23 = {instancePath:instancePath+"/approved/" + i3+"/image",schemaPath:"#/definitions/imagePattern/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/approved/" + i3+"/image",schemaPath:"#/definitions/imagePattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.tags !== undefined){
let data16 = data14.tags;
if(Array.isArray(data16)){
if(data16.length < 1){
const err25 = {instancePath:instancePath+"/approved/" + i3+"/tags",schemaPath:"#/properties/approved/items/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len3 = data16.length;
for(let i4=0; i4<len3; i4++){
let data17 = data16[i4];
if(typeof data17 === "string"){
if(!pattern2.test(data17)){
const err26 = {instancePath:instancePath+"/approved/" + i3+"/tags/" + i4,schemaPath:"#/definitions/tagPattern/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/approved/" + i3+"/tags/" + i4,schemaPath:"#/definitions/tagPattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/approved/" + i3+"/tags",schemaPath:"#/properties/approved/items/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.digests !== undefined){
let data18 = data14.digests;
if(Array.isArray(data18)){
if(data18.length < 1){
const err29 = {instancePath:instancePath+"/approved/" + i3+"/digests",schemaPath:"#/properties/approved/items/properties/digests/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len4 = data18.length;
for(let i5=0; i5<len4; i5++){
let data19 = data18[i5];
if(typeof data19 === "string"){
if(!pattern3.test(data19)){
const err30 = {instancePath:instancePath+"/approved/" + i3+"/digests/" + i5,schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/approved/" + i3+"/digests/" + i5,schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/approved/" + i3+"/digests",schemaPath:"#/properties/approved/items/properties/digests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.stages !== undefined){
let data20 = data14.stages;
if(Array.isArray(data20)){
if(data20.length < 1){
const err33 = {instancePath:instancePath+"/approved/" + i3+"/stages",schemaPath:"#/properties/approved/items/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len5 = data20.length;
for(let i6=0; i6<len5; i6++){
let data21 = data20[i6];
if(!((data21 === "build") || (data21 === "final"))){
const err34 = {instancePath:instancePath+"/approved/" + i3+"/stages/" + i6,schemaPath:"#/properties/approved/items/properties/stages/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.approved.items.properties.stages.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i7 = data20.length;
let j1;
if(i7 > 1){
outer1:
for(;i7--;){
for(j1 = i7; j1--;){
if(func0(data20[i7], data20[j1])){
const err35 = {instancePath:instancePath+"/approved/" + i3+"/stages",schemaPath:"#/properties/approved/items/properties/stages/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/approved/" + i3+"/stages",schemaPath:"#/properties/approved/items/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.reason !== undefined){
if(typeof data14.reason !== "string"){
const err37 = {instancePath:instancePath+"/approved/" + i3+"/reason",schemaPath:"#/properties/approved/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/approved/" + i3,schemaPath:"#/properties/approved/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/approved",schemaPath:"#/properties/approved/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.denied !== undefined){
let data23 = data.denied;
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i8=0; i8<len6; i8++){
let data24 = data23[i8];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.image === undefined){
const err40 = {instancePath:instancePath+"/denied/" + i8,schemaPath:"#/properties/denied/items/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key5 in data24){
if(!((((key5 === "image") || (key5 === "tags")) || (key5 === "reason")) || (key5 === "use"))){
const err41 = {instancePath:instancePath+"/denied/" + i8,schemaPath:"#/properties/denied/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data24.image !== undefined){
let data25 = data24.image;
if(typeof data25 === "string"){
if(!pattern1.test(data25)){
const err42 = {instancePath:instancePath+"/denied/" + i8+"/image",schemaPath:"#/definitions/imagePattern/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/denied/" + i8+"/image",schemaPath:"#/definitions/imagePattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data24.tags !== undefined){
let data26 = data24.tags;
if(Array.isArray(data26)){
if(data26.length < 1){
const err44 = {instancePath:instancePath+"/denied/" + i8+"/tags",schemaPath:"#/properties/denied/items/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len7 = data26.length;
for(let i9=0; i9<len7; i9++){
let data27 = data26[i9];
if(typeof data27 === "string"){
if(!pattern2.test(data27)){
const err45 = {instancePath:instancePath+"/denied/" + i8+"/tags/" + i9,schemaPath:"#/definitions/tagPattern/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/denied/" + i8+"/tags/" + i9,schemaPath:"#/definitions/tagPattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/denied/" + i8+"/tags",schemaPath:"#/properties/denied/items/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data24.reason !== undefined){
if(typeof data24.reason !== "string"){
const err48 = {instancePath:instancePath+"/denied/" + i8+"/reason",schemaPath:"#/properties/denied/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data24.use !== undefined){
if(typeof data24.use !== "string"){
const err49 = {instancePath:instancePath+"/denied/" + i8+"/use",schemaPath:"#/properties/denied/items/properties/use/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/denied/" + i8,schemaPath:"#/properties/denied/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/denied",schemaPath:"#/properties/denied/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.exceptions !== undefined){
let data30 = data.exceptions;
if(Array.isArray(data30)){
const len8 = data30.length;
for(let i10=0; i10<len8; i10++){
let data31 = data30[i10];
const _errs74 = errors;
let valid33 = false;
const _errs75 = errors;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.files === undefined){
const err52 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var _valid0 = _errs75 === errors;
valid33 = valid33 || _valid0;
if(!valid33){
const _errs76 = errors;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.image === undefined){
const err53 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var _valid0 = _errs76 === errors;
valid33 = valid33 || _valid0;
}
if(!valid33){
const err54 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
}
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.reason === undefined){
const err55 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key6 in data31){
if(!(((((key6 === "files") || (key6 === "image")) || (key6 === "rules")) || (key6 === "reason")) || (key6 === "expires"))){
const err56 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data31.files !== undefined){
let data32 = data31.files;
if(Array.isArray(data32)){
if(data32.length < 1){
const err57 = {instancePath:instancePath+"/exceptions/" + i10+"/files",schemaPath:"#/properties/exceptions/items/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const len9 = data32.length;
for(let i11=0; i11<len9; i11++){
let data33 = data32[i11];
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err58 = {instancePath:instancePath+"/exceptions/" + i10+"/files/" + i11,schemaPath:"#/properties/exceptions/items/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/exceptions/" + i10+"/files/" + i11,schemaPath:"#/properties/exceptions/items/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/exceptions/" + i10+"/files",schemaPath:"#/properties/exceptions/items/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data31.image !== undefined){
let data34 = data31.image;
if(typeof data34 === "string"){
if(!pattern1.test(data34)){
const err61 = {instancePath:instancePath+"/exceptions/" + i10+"/image",schemaPath:"#/definitions/imagePattern/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/exceptions/" + i10+"/image",schemaPath:"#/definitions/imagePattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data31.rules !== undefined){
let data35 = data31.rules;
if(Array.isArray(data35)){
if(data35.length < 1){
const err63 = {instancePath:instancePath+"/exceptions/" + i10+"/rules",schemaPath:"#/properties/exceptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const len10 = data35.length;
for(let i12=0; i12<len10; i12++){
let data36 = data35[i12];
if(!((((((((((((((((((((data36 === "registry-not-allowed") || (data36 === "image-not-approved")) || (data36 === "tag-not-approved")) || (data36 === "digest-not-approved")) || (data36 === "image-denied")) || (data36 === "digest-required")) || (data36 === "latest-tag")) || (data36 === "unresolved-image")) || (data36 === "invalid-image")) || (data36 === "exception-expired")) || (data36 === "eol-image")) || (data36 === "unofficial-image")) || (data36 === "file-not-scanned")) || (data36 === "locked-setting")) || (data36 === "ignore-comment-invalid")) || (data36 === "digest-outdated")) || (data36 === "suggest-slim")) || (data36 === "suggest-distroless")) || (data36 === "suggest-scratch")) || (data36 === "alpine-musl"))){
const err64 = {instancePath:instancePath+"/exceptions/" + i10+"/rules/" + i12,schemaPath:"#/definitions/ruleId/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let i13 = data35.length;
let j2;
if(i13 > 1){
outer2:
for(;i13--;){
for(j2 = i13; j2--;){
if(func0(data35[i13], data35[j2])){
const err65 = {instancePath:instancePath+"/exceptions/" + i10+"/rules",schemaPath:"#/properties/exceptions/items/properties/rules/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/exceptions/" + i10+"/rules",schemaPath:"#/properties/exceptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data31.reason !== undefined){
let data37 = data31.reason;
if(typeof data37 === "string"){
if(func3(data37) < 1){
const err67 = {instancePath:instancePath+"/exceptions/" + i10+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/exceptions/" + i10+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data31.expires !== undefined){
let data38 = data31.expires;
if(typeof data38 === "string"){
if(!pattern7.test(data38)){
const err69 = {instancePath:instancePath+"/exceptions/" + i10+"/expires",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/exceptions/" + i10+"/expires",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.catalog !== undefined){
let data39 = data.catalog;
if(Array.isArray(data39)){
const len11 = data39.length;
for(let i14=0; i14<len11; i14++){
let data40 = data39[i14];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.image === undefined){
const err73 = {instancePath:instancePath+"/catalog/" + i14,schemaPath:"#/properties/catalog/items/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key7 in data40){
if(!(((((((key7 === "image") || (key7 === "family")) || (key7 === "slim")) || (key7 === "alpine")) || (key7 === "distroless")) || (key7 === "chainguard")) || (key7 === "eol"))){
const err74 = {instancePath:instancePath+"/catalog/" + i14,schemaPath:"#/properties/catalog/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data40.image !== undefined){
let data41 = data40.image;
if(typeof data41 === "string"){
if(!pattern1.test(data41)){
const err75 = {instancePath:instancePath+"/catalog/" + i14+"/image",schemaPath:"#/definitions/imagePattern/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9._*-]*(:[0-9]+)?(/[a-z0-9*][a-z0-9._*-]*)*(:[A-Za-z0-9_.*-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/catalog/" + i14+"/image",schemaPath:"#/definitions/imagePattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data40.family !== undefined){
let data42 = data40.family;
if(typeof data42 === "string"){
if(!pattern9.test(data42)){
const err77 = {instancePath:instancePath+"/catalog/" + i14+"/family",schemaPath:"#/properties/catalog/items/properties/family/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/catalog/" + i14+"/family",schemaPath:"#/properties/catalog/items/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data40.slim !== undefined){
let data43 = data40.slim;
if(typeof data43 === "string"){
if(func3(data43) < 1){
const err79 = {instancePath:instancePath+"/catalog/" + i14+"/slim",schemaPath:"#/definitions/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/catalog/" + i14+"/slim",schemaPath:"#/definitions/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data40.alpine !== undefined){
let data44 = data40.alpine;
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err81 = {instancePath:instancePath+"/catalog/" + i14+"/alpine",schemaPath:"#/definitions/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/catalog/" + i14+"/alpine",schemaPath:"#/definitions/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data40.distroless !== undefined){
let data45 = data40.distroless;
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err83 = {instancePath:instancePath+"/catalog/" + i14+"/distroless",schemaPath:"#/definitions/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/catalog/" + i14+"/distroless",schemaPath:"#/definitions/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data40.chainguard !== undefined){
let data46 = data40.chainguard;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err85 = {instancePath:instancePath+"/catalog/" + i14+"/chainguard",schemaPath:"#/definitions/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/catalog/" + i14+"/chainguard",schemaPath:"#/definitions/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data40.eol !== undefined){
let data47 = data40.eol;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key8 in data47){
const _errs118 = errors;
if(typeof key8 === "string"){
if(!pattern10.test(key8)){
const err87 = {instancePath:instancePath+"/catalog/" + i14+"/eol",schemaPath:"#/properties/catalog/items/properties/eol/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",propertyName:key8};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var valid51 = _errs118 === errors;
if(!valid51){
const err88 = {instancePath:instancePath+"/catalog/" + i14+"/eol",schemaPath:"#/properties/catalog/items/properties/eol/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
for(const key9 in data47){
let data48 = data47[key9];
if(typeof data48 === "string"){
if(!pattern7.test(data48)){
const err89 = {instancePath:instancePath+"/catalog/" + i14+"/eol/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/catalog/" + i14+"/eol/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/catalog/" + i14+"/eol",schemaPath:"#/properties/catalog/items/properties/eol/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/catalog/" + i14,schemaPath:"#/properties/catalog/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

// Glob matching for patterns that come from policies (image, registry, tag and file patterns): `*` within a path
// segment, `**` across segments (`**/` also matching no folder at all), `?` one character. Written here because
// the regular expressions a glob library compiles can backtrack exponentially on a crafted pattern such as
// `*a*a*a…` against a long name (a policy is repository content a pull request may change); this matcher is a
// table over pattern × subject, so it takes at most |pattern| · |subject| steps.
function tokens(pattern) {
    const out = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            const atStart = i === 0 || pattern[i - 1] === '/';
            i++;
            while (pattern[i + 1] === '*')
                i++;
            if (atStart && pattern[i + 1] === '/') {
                out.push({ kind: 'dirs' });
                i++;
            }
            else {
                out.push({ kind: 'globstar' });
            }
        }
        else if (c === '*')
            out.push({ kind: 'star' });
        else if (c === '?')
            out.push({ kind: 'one' });
        else
            out.push({ kind: 'char', char: c });
    }
    return out;
}
function compileGlob$1(pattern) {
    if (!/[*?]/.test(pattern))
        return (s) => s === pattern;
    const program = tokens(pattern);
    return (subject) => {
        const n = subject.length;
        // row[j]: the tokens so far match subject[0, j)
        let row = new Uint8Array(n + 1);
        row[0] = 1;
        for (const token of program) {
            const next = new Uint8Array(n + 1);
            let seen = 0; // some row[k] with k <= j - 1 is set
            for (let j = 0; j <= n; j++) {
                const prev = j > 0 ? subject[j - 1] : '';
                switch (token.kind) {
                    case 'char':
                        next[j] = j > 0 && row[j - 1] && prev === token.char ? 1 : 0;
                        break;
                    case 'one':
                        next[j] = j > 0 && row[j - 1] && prev !== '/' ? 1 : 0;
                        break;
                    case 'star':
                        next[j] = row[j] || (j > 0 && next[j - 1] && prev !== '/') ? 1 : 0;
                        break;
                    case 'globstar':
                        next[j] = row[j] || (j > 0 && next[j - 1]) ? 1 : 0;
                        break;
                    case 'dirs':
                        next[j] = row[j] || (prev === '/' && seen) ? 1 : 0;
                        break;
                }
                if (row[j])
                    seen = 1;
            }
            row = next;
        }
        return row[n] === 1;
    };
}
/** Any of several globs. */
function compileGlobs(patterns) {
    const matchers = patterns.map(compileGlob$1);
    return (s) => matchers.some((m) => m(s));
}

// Image, registry and tag patterns as policies write them: `*` within one path segment or tag, `**` across
// segments, nothing else. They are normalised like image references (no registry = Docker Hub, one component =
// an official image under library/) and matched by glob.ts, which takes time in proportion to pattern × name
// whatever the pattern.
const NAME_COMPONENT = /^(?:\*\*|[a-z0-9*][a-z0-9._*-]*)$/;
const REGISTRY_COMPONENT = /^[a-z0-9*][a-z0-9.*-]*(?::[0-9]+)?$/;
const TAG = /^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$/;
class PatternError extends Error {
    name = 'PatternError';
}
function compileGlob(pattern) {
    return compileGlob$1(pattern);
}
function compileTagPattern(pattern) {
    if (!TAG.test(pattern)) {
        throw new PatternError(`"${pattern}" is not a tag pattern: letters, digits, _ . - and * (at most 128 characters)`);
    }
    if (pattern.includes('**'))
        throw new PatternError(`"${pattern}": ** has no meaning in a tag; use *`);
    return compileGlob(pattern);
}
/** Split `name[:tag]`, a registry port not being a tag (`localhost:5000/app`). */
function splitTag(source) {
    const colon = source.lastIndexOf(':');
    if (colon === -1 || source.indexOf('/', colon) !== -1)
        return { name: source, tag: null };
    return { name: source.slice(0, colon), tag: source.slice(colon + 1) };
}
function isRegistryComponent(first, more) {
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return true;
    // `*/app` or `**/app`: any registry
    return more && (first === '*' || first === '**');
}
/** Normalise the name part of a pattern as Docker normalises a reference's name. */
function normalizeNamePattern(name) {
    if (name === '**')
        return '**';
    const parts = name.split('/');
    for (const [i, part] of parts.entries()) {
        const ok = i === 0 && isRegistryComponent(part, parts.length > 1) ? REGISTRY_COMPONENT : NAME_COMPONENT;
        if (!ok.test(part)) {
            throw new PatternError(part === ''
                ? `"${name}" has an empty path component`
                : `"${name}": "${part}" is not a valid ${i === 0 && ok === REGISTRY_COMPONENT ? 'registry' : 'path component'} ` +
                    '(lower-case letters, digits, . _ - and *)');
        }
        if (part.includes('**') && part !== '**') {
            throw new PatternError(`"${name}": ** must stand alone between slashes`);
        }
    }
    let registry = 'docker.io';
    let path = parts;
    if (isRegistryComponent(parts[0], parts.length > 1)) {
        registry = parts[0] === 'index.docker.io' ? 'docker.io' : parts[0];
        path = parts.slice(1);
    }
    if (path.length === 0)
        return registry;
    // one component on Docker Hub is an official image, as in a reference: `*` = every official image
    if (registry === 'docker.io' && path.length === 1 && path[0] !== '**')
        path = ['library', path[0]];
    return `${registry}/${path.join('/')}`;
}
/** An image pattern: `python`, `python:3.12-*`, `bitnami/*`, `gcr.io/distroless/**`, `scratch`. */
function compileImagePattern(source, options = {}) {
    const { name, tag } = splitTag(source);
    if (tag !== null && options.allowTag === false) {
        throw new PatternError(`"${source}": give the tags in "tags:", not in the image`);
    }
    if (name === 'scratch') {
        return {
            source,
            name: 'scratch',
            tag,
            scratch: true,
            literal: true,
            matchName: () => false,
            matchTag: tag === null ? null : compileTagPattern(tag),
        };
    }
    const normalized = normalizeNamePattern(name);
    return {
        source,
        name: normalized,
        tag,
        scratch: false,
        literal: !normalized.includes('*'),
        matchName: normalized === '**' ? () => true : compileGlob(normalized),
        matchTag: tag === null ? null : compileTagPattern(tag),
    };
}
/**
 * A `registries:` entry: a registry or a registry path. Without a wildcard it admits everything at or below it
 * (`docker.io`, `ghcr.io/acme`); with one it admits exactly what it matches (`gcr.io/distroless/*`).
 */
function compileRegistryPattern(source) {
    if (splitTag(source).tag !== null && !/^[^/]*:[0-9]+(\/|$)/.test(source)) {
        throw new PatternError(`"${source}": a registry pattern takes no tag`);
    }
    const name = normalizeNamePattern(source);
    if (!name.includes('*')) {
        const prefix = `${name}/`;
        return { source, name, match: (s) => s === name || s.startsWith(prefix) };
    }
    return { source, name, match: name === '**' ? () => true : compileGlob(name) };
}

// load: a policy file read as YAML (positions kept, duplicate keys and alias floods refused), checked against
// policies/policy.schema.json, then checked for what a schema cannot say (real dates, patterns, references).
// Every problem is reported with its file, line and column.
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;
const MAX_MESSAGES = 20;
/** A policy that cannot be used: every problem found, each with its place. The CLI exits 2 with it. */
class PolicyError extends Error {
    problems;
    name = 'PolicyError';
    constructor(problems) {
        // line 0: about the file as a whole (missing, unreadable)
        super(problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ''}: ${p.message}`).join('\n'));
        this.problems = problems;
    }
}
let schemaCache = null;
function policySchema() {
    if (schemaCache)
        return schemaCache;
    const schema = JSON.parse(readFileSync(path.join(policiesDir(), 'policy.schema.json'), 'utf8'));
    // compiled ahead of time by scripts/generate.mjs; the schema itself is read for the words of messages
    schemaCache = { schema, validate: validate };
    return schemaCache;
}
function lineCol(counter, offset) {
    return counter.linePos(offset);
}
/** Parse one policy's text. `file` names it in messages. */
function parsePolicyText(text, file) {
    const counter = new distExports.LineCounter();
    const at = (offset, message) => {
        const { line, col } = lineCol(counter, offset);
        return { file, line, column: col, message };
    };
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
        throw new PolicyError([
            { file, line: 1, column: 1, message: 'the policy is over 1 MiB; is this the right file?' },
        ]);
    }
    if (text.includes('\u0000')) {
        throw new PolicyError([
            { file, line: 1, column: 1, message: 'the policy holds binary data, not YAML text' },
        ]);
    }
    let doc;
    try {
        doc = distExports.parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false });
    }
    catch (error) {
        // very deep nesting can exhaust the parser's stack
        throw new PolicyError([
            { file, line: 1, column: 1, message: `cannot read the YAML: ${error.message}` },
        ]);
    }
    if (doc.errors.length > 0) {
        throw new PolicyError(doc.errors
            .slice(0, MAX_MESSAGES)
            .map((e) => at(e.pos[0], e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once' : `YAML: ${e.message}`)));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        const message = error instanceof ReferenceError && /alias/i.test(error.message)
            ? `too many alias expansions (over ${MAX_ALIASES}): the document would blow up in memory`
            : `cannot read the YAML: ${error.message}`;
        throw new PolicyError([{ file, line: 1, column: 1, message }]);
    }
    const locate = (where, key = false) => {
        let node = doc.contents;
        let keyNode = null;
        for (const segment of where) {
            if (!distExports.isMap(node) && !(node && typeof node === 'object' && 'items' in node))
                break;
            if (distExports.isMap(node)) {
                const pair = node.items.find((p) => distExports.isPair(p) && distExports.isScalar(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                keyNode = pair.key;
                node = pair.value;
            }
            else {
                const items = node.items;
                const item = items[Number(segment)];
                if (item === undefined)
                    break;
                keyNode = null;
                node = item;
            }
        }
        const target = (key && keyNode ? keyNode : node);
        const range = target?.range ?? [0, 0, 0];
        const a = lineCol(counter, range[0]);
        // a block node's range takes in the line break after it; the place ends at its last character
        let end = Math.max(range[0], range[1]);
        while (end > range[0] && /\s/.test(text[end - 1]))
            end--;
        const b = lineCol(counter, end);
        return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    };
    const message = messageAt(file, locate);
    if (data === null || data === undefined) {
        throw new PolicyError([
            { file, line: 1, column: 1, message: 'the policy is empty; it needs at least "version: 1"' },
        ]);
    }
    const { validate, schema } = policySchema();
    if (!validate(data)) {
        throw new PolicyError(schemaMessages(validate.errors ?? [], schema, data, message));
    }
    const problems = semanticProblems(data, message);
    if (problems.length > 0)
        throw new PolicyError(problems.slice(0, MAX_MESSAGES));
    return { file, data: data, locate };
}
function readPolicyFile(file, display = file) {
    return ((path.resolve(file) === builtInPolicyPath() && builtInDocument(file, display)) ||
        readYamlFile(file, display));
}
/**
 * The built-in policy from the data scripts/generate.mjs wrote beside its YAML (policies/default.json): the YAML is
 * read only when a message needs a place in it. Null when the data is missing or does not pass, so that the YAML is
 * read and its problems are told with their places.
 */
function builtInDocument(file, display) {
    let data;
    try {
        data = JSON.parse(readFileSync(file.replace(/\.yml$/, '.json'), 'utf8'));
    }
    catch {
        return null;
    }
    let parsed = null;
    const locate = (where, key) => (parsed ??= readYamlFile(file, display)).locate(where, key);
    if (!policySchema().validate(data))
        return null;
    if (semanticProblems(data, messageAt(display, locate)).length > 0)
        return null;
    return { file: display, data: data, locate };
}
/** A message about the place `where` of a policy file, as `locate` finds it. */
function messageAt(file, locate) {
    return (where, text, key = false) => {
        const l = locate(where, key);
        return { file, line: l.line, column: l.column, message: text };
    };
}
function readYamlFile(file, display) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new PolicyError([
            {
                file: display,
                line: 0,
                column: 0,
                message: code === 'ENOENT'
                    ? 'no such policy file'
                    : code === 'EISDIR'
                        ? 'is a folder, not a policy file'
                        : `cannot read the policy: ${code}`,
            },
        ]);
    }
    return parsePolicyText(text, display);
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describeValue(value) {
    if (value === null)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
    return String(value);
}
function valueAt(data, segments) {
    let v = data;
    for (const s of segments) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[s];
    }
    return v;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = row[j];
            row[j] = next;
        }
    }
    return row[b.length];
}
function didYouMean(word, options) {
    const best = options
        .map((o) => ({ o, d: editDistance(word.toLowerCase(), o) }))
        .sort((x, y) => x.d - y.d)[0];
    if (best && best.d <= Math.max(2, Math.floor(word.length / 3)))
        return ` (did you mean "${best.o}"?)`;
    // a longer or shorter spelling of the same word: registry → registries
    const stem = options.find((o) => word.length >= 5 && (o.startsWith(word.slice(0, -1)) || word.startsWith(o.slice(0, -1))));
    return stem ? ` (did you mean "${stem}"?)` : '';
}
function schemaAt(schema, schemaPath) {
    let node = schema;
    for (const s of pointerSegments(schemaPath.replace(/^#/, ''))) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[s];
    }
    return node;
}
const PATTERN_MEANING = {
    registryPattern: 'a registry or registry path such as docker.io, gcr.io/distroless/* or ghcr.io/acme/**',
    imagePattern: 'an image pattern such as python, python:3.12-*, bitnami/* or gcr.io/distroless/**',
    tagPattern: 'a tag pattern such as 3.12-slim or 3.12.*-slim-bookworm',
    digest: 'a digest such as sha256:<64 hex digits>',
    date: 'a date as YYYY-MM-DD',
};
function schemaMessages(errors, schema, data, message) {
    const out = [];
    const seen = new Set();
    // anyOf and propertyNames also report their branches; the branches say more
    const specific = errors.filter((e) => (e.keyword !== 'anyOf' || errors.length === 1) && !('propertyName' in e));
    for (const error of specific) {
        const where = pointerSegments(error.instancePath);
        const value = valueAt(data, where);
        const at = where.length ? `"${where[where.length - 1]}"` : 'the policy';
        let m;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = error.params.additionalProperty;
                const parent = schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ''));
                const allowed = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
                m = message([...where, key], `unknown key "${key}"${didYouMean(key, allowed)}; expected one of: ${allowed.join(', ')}`, true);
                break;
            }
            case 'propertyNames': {
                const name = error.params.propertyName;
                const names = schemaAt(schema, '#/definitions/ruleId')?.enum ?? [];
                const isRule = error.schemaPath.startsWith('#/properties/rules');
                m = message([...where, name], isRule ? `unknown rule "${name}"${didYouMean(name, names)}` : `"${name}" is not a valid key here`, true);
                break;
            }
            case 'required': {
                const missing = error.params.missingProperty;
                m = message(where, `${at === 'the policy' ? 'the policy' : `this entry`} needs "${missing}"`);
                if (error.schemaPath.includes('anyOf'))
                    m.message = 'an exception needs "files" or "image" (or both)';
                break;
            }
            case 'type': {
                const expected = error.params.type;
                const words = {
                    array: 'a list',
                    object: 'a mapping',
                    string: 'a string',
                    boolean: 'true or false',
                    integer: 'a whole number',
                    number: 'a number',
                };
                const wanted = [expected]
                    .flat()
                    .map((t) => words[t] ?? t)
                    .join(' or ');
                m = message(where, `${at}: expected ${wanted}, got ${describeValue(value)}`);
                break;
            }
            case 'enum': {
                const allowed = error.params.allowedValues.map(String);
                const got = typeof value === 'string' ? value : '';
                m = message(where, `${describeValue(value)} is not allowed here${got ? didYouMean(got, allowed) : ''}; expected one of: ${allowed.join(', ')}`);
                break;
            }
            case 'const':
                m = message(where, `${at}: expected ${JSON.stringify(error.params.allowedValue)}, got ${describeValue(value)}`);
                break;
            case 'pattern': {
                const def = /#\/definitions\/([A-Za-z]+)\//.exec(error.schemaPath)?.[1] ?? '';
                m = message(where, `${describeValue(value)} is not ${PATTERN_MEANING[def] ?? 'valid here'}`);
                break;
            }
            case 'minItems':
                m = message(where, `${at}: the list is empty; leave the key out instead`);
                break;
            case 'minLength':
                m = message(where, `${at}: must not be empty`);
                break;
            case 'uniqueItems':
                m = message(where, `${at}: the list names the same item twice`);
                break;
            default:
                m = message(where, `${at}: ${error.message ?? 'invalid'}`);
        }
        const id = `${m.line}:${m.column}:${m.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(m);
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_MESSAGES);
}
/** Whether YYYY-MM-DD names a day that exists. */
function isRealDate(s) {
    const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
function semanticProblems(data, message) {
    const problems = [];
    const check = (where, fn) => {
        try {
            fn();
        }
        catch (error) {
            if (error instanceof PatternError)
                problems.push(message(where, error.message));
            else
                throw error;
        }
    };
    data.registries?.forEach((r, i) => check(['registries', i], () => compileRegistryPattern(r)));
    data.approved?.forEach((entry, i) => {
        check(['approved', i, 'image'], () => {
            const pattern = compileImagePattern(entry.image);
            if (pattern.tag !== null && entry.tags) {
                throw new PatternError(`"${entry.image}" carries a tag and the entry lists "tags:" too; use one of them`);
            }
        });
        entry.tags?.forEach((t, j) => check(['approved', i, 'tags', j], () => compileTagPattern(t)));
    });
    data.denied?.forEach((entry, i) => {
        check(['denied', i, 'image'], () => compileImagePattern(entry.image));
        entry.tags?.forEach((t, j) => check(['denied', i, 'tags', j], () => compileTagPattern(t)));
        if (entry.use !== undefined) {
            const parsed = parseImageReference(entry.use);
            if (!parsed.ok)
                problems.push(message(['denied', i, 'use'], `"${entry.use}" is not an image reference: ${parsed.error}`));
        }
    });
    data.exceptions?.forEach((entry, i) => {
        if (entry.image !== undefined)
            check(['exceptions', i, 'image'], () => compileImagePattern(entry.image));
        if (entry.expires !== undefined && !isRealDate(entry.expires)) {
            problems.push(message(['exceptions', i, 'expires'], `"${entry.expires}" is not a real date (YYYY-MM-DD)`));
        }
        if (entry.reason.trim() === '')
            problems.push(message(['exceptions', i, 'reason'], 'an exception needs a reason'));
    });
    data.catalog?.forEach((entry, i) => {
        check(['catalog', i, 'image'], () => compileImagePattern(entry.image, { allowTag: false }));
        for (const [cycle, date] of Object.entries(entry.eol ?? {})) {
            if (!isRealDate(date))
                problems.push(message(['catalog', i, 'eol', cycle], `"${date}" is not a real date (YYYY-MM-DD)`));
        }
    });
    return problems;
}

// A policy and everything it extends, merged into the one the rules use.
//
// Merging, parent first: settings and rule severities are overridden by the child; `registries` and `approved`
// grow by what the child adds; `denied`, `exceptions` and `catalog` add up. What a parent locks, a child cannot
// loosen: a locked setting or severity keeps the parent's value, a locked list becomes a fence that every image must
// pass whatever the child lists, locked exceptions admit no new ones. Each attempt to loosen is a `locked-setting`
// finding at the child's line, never a silent override.
const MAX_EXTENDS_DEPTH = 10;
const UNLOWERABLE = new Set(['locked-setting']);
/** Locking a setting or list locks the severity of the rules that enforce it: turning those off would undo it. */
const ENFORCED_BY = {
    'digest-required': ['require-digest'],
    'latest-tag': ['allow-latest'],
    'registry-not-allowed': ['registries'],
    'image-not-approved': ['approved'],
    'tag-not-approved': ['approved'],
    'digest-not-approved': ['approved'],
    'image-denied': ['denied'],
    'exception-expired': ['exceptions'],
    'ignore-comment-invalid': ['inline-ignores'],
};
/**
 * Rules that keep the scan whole: a file not read, a reference left to a build argument or not a reference at all
 * would let any image through. Any lock at all locks them.
 */
const INTEGRITY_RULES = new Set(['file-not-scanned', 'unresolved-image', 'invalid-image']);
const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
/** `OWNER/REPO/PATH@REF`: a policy in another repository, read by the action through the API. */
const REMOTE_POLICY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+\/[^@]+@[^@\s]+$/;
/** The repository's own policy, when it has one. */
const REPOSITORY_POLICY = '.github/base-image-policy.yml';
/**
 * The policy a run uses: the one given (a path relative to `root`, or OWNER/REPO/PATH@REF), else the repository's
 * own, else the built-in one. A central policy given as OWNER/REPO/PATH@REF, when the repository has its own too, is
 * the head of the repository policy's chain: the repository policy adds to it under its locks, whatever its own
 * `extends` line says. `localPath` is the policy file relative to `root`, when there is one.
 */
async function loadConfiguredPolicy(given, root, options = {}) {
    if (given && REMOTE_POLICY.test(given)) {
        if (!existsSync(path.join(root, REPOSITORY_POLICY)))
            return { policy: await loadPolicy(given, options), localPath: null };
        const local = path.join(root, REPOSITORY_POLICY);
        const policy = await loadPolicy(local, { ...options, display: REPOSITORY_POLICY, central: given });
        return { policy, localPath: REPOSITORY_POLICY };
    }
    const chosen = given || (existsSync(path.join(root, REPOSITORY_POLICY)) ? REPOSITORY_POLICY : '');
    if (chosen === '')
        return { policy: await loadBuiltInPolicy(options), localPath: null };
    const absolute = path.resolve(root, chosen);
    const localPath = path.relative(root, absolute).split(path.sep).join('/');
    const display = given && !options.relativeName ? given : localPath;
    return { policy: await loadPolicy(absolute, { ...options, display }), localPath };
}
/** Reads the built-in policy (`policies/default.yml`). */
async function loadBuiltInPolicy(options = {}) {
    return loadPolicy(builtInPolicyPath(), { ...options, display: BUILT_IN_POLICY });
}
async function loadPolicy(file, options = {}) {
    const chain = [];
    const seen = new Set();
    let doc = REMOTE_POLICY.test(file)
        ? await fetchDocument(file, options, null)
        : readPolicyFile(file, options.display ?? file);
    let where = REMOTE_POLICY.test(file) ? null : path.resolve(file);
    seen.add(where ?? file);
    chain.unshift(doc);
    const central = options.central;
    for (;;) {
        // once the chain ends, the central policy heads it unless it is already in it
        const spec = doc.data.extends ?? (central !== undefined && !seen.has(central) ? central : undefined);
        if (spec === undefined)
            break;
        const from = doc;
        if (chain.length > MAX_EXTENDS_DEPTH) {
            throw new PolicyError([
                {
                    ...pos(from, ['extends']),
                    message: `policies extend each other more than ${MAX_EXTENDS_DEPTH} deep`,
                },
            ]);
        }
        if (REMOTE_POLICY.test(spec)) {
            if (seen.has(spec))
                throw new PolicyError([
                    { ...pos(from, ['extends']), message: `"${spec}" is already in the chain of extends (a cycle)` },
                ]);
            seen.add(spec);
            doc = await fetchDocument(spec, options, from.data.extends === undefined ? null : from);
            where = null;
        }
        else {
            if (where === null) {
                throw new PolicyError([
                    {
                        ...pos(from, ['extends']),
                        message: `a policy from another repository can only extend OWNER/REPO/PATH@REF, not the local path "${spec}"`,
                    },
                ]);
            }
            const target = path.resolve(path.dirname(where), spec);
            if (seen.has(target))
                throw new PolicyError([
                    { ...pos(from, ['extends']), message: `"${spec}" is already in the chain of extends (a cycle)` },
                ]);
            seen.add(target);
            const display = path.join(path.dirname(from.file), spec).split(path.sep).join('/');
            doc = readPolicyFileFrom(target, display, from);
            where = target;
        }
        chain.unshift(doc);
    }
    return merge(chain, options.defaultSeverities ?? new Map(), options.display ?? chain[chain.length - 1].file);
}
function pos(doc, at) {
    const l = doc.locate(at);
    return { file: doc.file, line: l.line, column: l.column };
}
function readPolicyFileFrom(target, display, from) {
    try {
        return readPolicyFile(target, display);
    }
    catch (error) {
        if (error instanceof PolicyError && error.problems[0]?.line === 0) {
            throw new PolicyError([
                {
                    ...pos(from, ['extends']),
                    message: `extends "${from.data.extends}": ${error.problems[0].message}`,
                },
            ]);
        }
        throw error;
    }
}
async function fetchDocument(spec, options, from) {
    const here = from ? pos(from, ['extends']) : { file: spec, line: 0, column: 0 };
    if (!options.fetchRemote) {
        throw new PolicyError([
            {
                ...here,
                message: `"${spec}" is a policy in another repository; the GitHub Action reads those (with policy-token). Here, give a local file`,
            },
        ]);
    }
    let text;
    try {
        text = await options.fetchRemote(spec);
    }
    catch (error) {
        throw new PolicyError([
            { ...here, message: `cannot read the policy "${spec}": ${error.message}` },
        ]);
    }
    return parsePolicyText(text, spec);
}
function merge(chain, defaults, source) {
    const acc = {
        requireDigest: false,
        allowLatest: false,
        inlineIgnores: false,
        locked: new Map(),
        severities: new Map(),
        registryFences: [],
        registries: null,
        approvedFences: [],
        approved: null,
        denied: [],
        exceptions: [],
        catalog: [],
        problems: [],
    };
    for (const doc of chain)
        mergeLayer(acc, doc, defaults);
    return {
        source,
        files: chain.map((d) => d.file),
        settings: {
            requireDigest: acc.requireDigest,
            allowLatest: acc.allowLatest,
            inlineIgnores: acc.inlineIgnores,
        },
        severities: acc.severities,
        registries: acc.registries ? [...acc.registryFences, acc.registries] : acc.registryFences,
        approved: acc.approved ? [...acc.approvedFences, acc.approved] : acc.approvedFences,
        denied: acc.denied,
        exceptions: acc.exceptions,
        catalog: acc.catalog,
        problems: acc.problems,
    };
}
function mergeLayer(acc, doc, defaults) {
    const data = doc.data;
    const problem = (at, message) => {
        acc.problems.push({ rule: 'locked-setting', message, where: doc.locate(at) });
    };
    const lockedBy = (key) => acc.locked.get(key);
    // settings: a locked one may only be made stricter
    const settings = data.settings ?? {};
    const flag = (key, field, strict) => {
        const value = settings[key];
        if (value === undefined)
            return;
        const locker = lockedBy(key);
        if (locker !== undefined && value !== acc[field] && value !== strict) {
            problem(['settings', key], `"${key}: ${value}" loosens a setting that ${locker} locks at ${acc[field]}; it stays ${acc[field]}`);
            return;
        }
        acc[field] = value;
    };
    flag('require-digest', 'requireDigest', true);
    flag('allow-latest', 'allowLatest', false);
    flag('inline-ignores', 'inlineIgnores', false);
    for (const [rule, severity] of Object.entries(data.rules ?? {})) {
        const value = severity;
        if (UNLOWERABLE.has(rule) && value !== 'error') {
            problem(['rules', rule], `"${rule}" guards the policy itself and stays an error`);
            continue;
        }
        // locking a setting or list locks the severity of the rules that enforce it
        const locker = lockedBy('rules') ??
            (ENFORCED_BY[rule] ?? []).map(lockedBy).find((l) => l !== undefined) ??
            (INTEGRITY_RULES.has(rule) ? acc.locked.values().next().value : undefined);
        const current = acc.severities.get(rule) ??
            (rule === 'digest-required' && acc.requireDigest ? 'error' : defaults.get(rule));
        if (locker !== undefined && current !== undefined && SEVERITY_RANK[value] < SEVERITY_RANK[current]) {
            problem(['rules', rule], `"${rule}: ${value}" lowers a rule severity that ${locker} locks at ${current}; it stays ${current}`);
            continue;
        }
        acc.severities.set(rule, value);
    }
    if (data.registries) {
        const list = {
            patterns: data.registries.map((r) => compileRegistryPattern(r)),
            where: doc.locate(['registries'], true),
        };
        const locker = lockedBy('registries');
        if (locker !== undefined) {
            list.patterns.forEach((p, i) => {
                if (!acc.registryFences.every((fence) => fence.patterns.some((f) => f.name === p.name || f.match(p.name)))) {
                    problem(['registries', i], `"${p.source}" is outside the registries that ${locker} locks; images from it stay findings`);
                }
            });
        }
        acc.registries = acc.registries
            ? { patterns: [...acc.registries.patterns, ...list.patterns], where: list.where }
            : list;
    }
    if (data.approved) {
        const entries = data.approved.map((raw, i) => {
            const image = compileImagePattern(raw.image);
            const tags = raw.tags ?? (image.tag !== null ? [image.tag] : null);
            return {
                image,
                tags: tags ? tags.map((t) => ({ source: t, match: compileTagPattern(t) })) : null,
                digests: raw.digests ?? null,
                stages: raw.stages ?? null,
                where: doc.locate(['approved', i]),
            };
        });
        const locker = lockedBy('approved');
        if (locker !== undefined) {
            entries.forEach((entry, i) => {
                const admitted = acc.approvedFences.every((fence) => fence.entries.some((f) => f.image.name === entry.image.name ||
                    f.image.matchName(entry.image.name) ||
                    (f.image.scratch && entry.image.scratch)));
                if (!admitted) {
                    problem(['approved', i, 'image'], `"${entry.image.source}" is not in the approved list that ${locker} locks; it stays a finding`);
                }
            });
        }
        const where = doc.locate(['approved'], true);
        acc.approved = acc.approved
            ? { entries: [...acc.approved.entries, ...entries], where }
            : { entries, where };
    }
    data.denied?.forEach((raw, i) => {
        const image = compileImagePattern(raw.image);
        const tags = raw.tags ?? (image.tag !== null ? [image.tag] : null);
        acc.denied.push({
            image,
            tags: tags ? tags.map((t) => ({ source: t, match: compileTagPattern(t) })) : null,
            reason: raw.reason ?? null,
            use: raw.use ?? null,
            where: doc.locate(['denied', i]),
        });
    });
    data.exceptions?.forEach((raw, i) => {
        const locker = lockedBy('exceptions');
        if (locker !== undefined) {
            problem(['exceptions', i], `${locker} locks exceptions; this one does not apply (reason given: ${raw.reason})`);
            return;
        }
        acc.exceptions.push({
            files: raw.files ?? null,
            matchFile: raw.files ? compileGlobs(raw.files) : null,
            image: raw.image !== undefined ? compileImagePattern(raw.image) : null,
            rules: raw.rules ?? null,
            reason: raw.reason,
            expires: raw.expires ?? null,
            where: doc.locate(['exceptions', i]),
        });
    });
    data.catalog?.forEach((raw, i) => {
        const variants = {};
        for (const rung of ['slim', 'alpine', 'distroless', 'chainguard']) {
            const v = raw[rung];
            if (v !== undefined)
                variants[rung] = v;
        }
        acc.catalog.push({
            image: compileImagePattern(raw.image, { allowTag: false }),
            family: raw.family ?? null,
            variants,
            eol: raw.eol ?? {},
            where: doc.locate(['catalog', i]),
        });
    });
    // what this layer locks binds every layer after it, at the values it has now
    for (const key of data.settings?.locked ?? []) {
        if (acc.locked.has(key))
            continue;
        acc.locked.set(key, doc.file);
        if (key === 'registries' && acc.registries) {
            acc.registryFences.push(acc.registries);
            acc.registries = null;
        }
        if (key === 'approved' && acc.approved) {
            acc.approvedFences.push(acc.approved);
            acc.approved = null;
        }
    }
}

// How images are shown to people: as they write them.
/** docker.io/library/python:3.12 → python:3.12; docker.io/bitnami/redis → bitnami/redis. */
function familiar(normalized) {
    if (normalized.startsWith('docker.io/library/'))
        return normalized.slice('docker.io/library/'.length);
    if (normalized.startsWith('docker.io/'))
        return normalized.slice('docker.io/'.length);
    return normalized;
}
/** A list for a message: "a, b, c and 4 more". */
function listOf(items, max = 3) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

// The catalog: image families, their tag lines' end-of-life dates and their smaller variants, from
// policies/catalog.yml plus a policy's `catalog:` additions.
let builtIn = null;
function builtInCatalog() {
    if (builtIn)
        return builtIn;
    // policies/catalog.json is generated from catalog.yml by scripts/generate.mjs
    const raw = JSON.parse(readFileSync(path.join(policiesDir(), 'catalog.json'), 'utf8'));
    builtIn = {
        families: raw.families.map((f) => ({
            name: f.name,
            patterns: f.images.map((i) => compileImagePattern(i, { allowTag: false })),
            eolSource: f.eol?.source ?? null,
            cycles: (f.eol?.cycles ?? []).map((c) => ({
                cycle: String(c.cycle),
                aliases: c.aliases ?? [],
                eol: c.eol ? String(c.eol) : null,
                source: c.source ?? f.eol?.source ?? null,
            })),
            variants: (f.variants ?? []).map((v) => ({
                rung: v.rung,
                image: v.image ?? null,
                tag: v.tag ?? null,
                sizeMb: v['size-mb'] ?? null,
                source: v.source ?? null,
                onlyFor: v['only-for'] ? v['only-for'].map(String) : null,
            })),
        })),
        verifiedPublishers: new Set((raw['verified-publishers'] ?? []).map((p) => p.namespace)),
    };
    return builtIn;
}
/** The built-in catalog with a policy's additions: new families, or more images and dates for known ones. */
function catalogWith(additions, base = builtInCatalog()) {
    if (additions.length === 0)
        return base;
    const families = base.families.map((f) => ({
        ...f,
        patterns: [...f.patterns],
        cycles: [...f.cycles],
        variants: [...f.variants],
    }));
    for (const addition of additions) {
        const named = addition.family ? families.find((f) => f.name === addition.family) : undefined;
        const family = named ?? {
            name: addition.family ?? familiar(addition.image.name),
            patterns: [],
            cycles: [],
            variants: [],
            eolSource: null,
        };
        if (!named)
            families.unshift(family);
        family.patterns.unshift(addition.image);
        for (const [cycle, eol] of Object.entries(addition.eol)) {
            family.cycles = family.cycles.filter((c) => c.cycle !== cycle);
            family.cycles.push({
                cycle,
                aliases: [],
                eol,
                source: `policy ${addition.where.file}:${addition.where.line}`,
            });
        }
        for (const [rung, template] of Object.entries(addition.variants)) {
            const split = splitTemplate(template);
            family.variants = family.variants.filter((v) => v.rung !== rung);
            family.variants.push({
                rung: rung,
                image: split.image,
                tag: split.tag,
                sizeMb: null,
                source: null,
                onlyFor: null,
            });
        }
    }
    return { families, verifiedPublishers: base.verifiedPublishers };
}
function splitTemplate(template) {
    const colon = template.lastIndexOf(':');
    if (colon === -1 || template.indexOf('/', colon) !== -1)
        return { image: template, tag: null };
    return { image: template.slice(0, colon), tag: template.slice(colon + 1) };
}
/**
 * `compute()` for a key under an owner, worked out once and remembered while the owner lives: the catalog's answers
 * are asked for every image by several rules, and the same images and tags come back file after file. The owner
 * asked last is kept at hand, since most calls ask about it again.
 */
class Memo {
    byOwner = new WeakMap();
    lastOwner = null;
    lastAnswers = null;
    get(owner, key, compute) {
        let answers = this.lastOwner === owner ? this.lastAnswers : this.byOwner.get(owner);
        if (!answers)
            this.byOwner.set(owner, (answers = new Map()));
        this.lastOwner = owner;
        this.lastAnswers = answers;
        const known = answers.get(key);
        if (known !== undefined || answers.has(key))
            return known;
        const value = compute();
        answers.set(key, value);
        return value;
    }
}
const families = new Memo();
/** The family an image (registry/repository) belongs to. */
function familyOf(catalog, name) {
    return families.get(catalog, name, () => catalog.families.find((family) => family.patterns.some((p) => p.matchName(name))) ?? null);
}
const cycles = new Memo();
/** The tag line a tag belongs to: the longest cycle or alias the tag starts with. */
function cycleOf(family, tag) {
    return cycles.get(family, tag, () => findCycle(family, tag));
}
/** A family's lines by every name they go by (the first cycle to claim a name keeps it). */
const linesByName = new WeakMap();
function findCycle(family, tag) {
    let lines = linesByName.get(family);
    if (lines === undefined) {
        lines = new Map();
        for (const cycle of family.cycles) {
            for (const name of [cycle.cycle, ...cycle.aliases])
                if (!lines.has(name))
                    lines.set(name, cycle);
        }
        linesByName.set(family, lines);
    }
    // the longest start of the tag that is a line's name and is not followed by a digit ("3.8" is the line of 3.8,
    // 3.8.18 and 3.8-slim, not of 3.80): a few lookups instead of a comparison with every name of every line
    for (let end = tag.length; end > 0; end--) {
        const next = tag.charCodeAt(end);
        if (next >= 48 && next <= 57)
            continue;
        const cycle = lines.get(tag.slice(0, end));
        if (cycle !== undefined)
            return cycle;
    }
    return null;
}
/** Lines still supported on `today`, oldest first. */
function supportedCycles(family, today) {
    return family.cycles.filter((c) => c.eol === null || c.eol >= today);
}
const DISTROS = ['debian', 'ubuntu', 'alpine'];
/**
 * The distribution release a language image's tag is built on (`3.12-slim-bullseye`, `20-alpine3.16`), when the
 * tag names one: those releases reach their end of life on their own dates.
 */
function baseDistroCycle(catalog, tag) {
    return distroCycles.get(catalog, tag, () => findDistroCycle(catalog, tag));
}
const distroCycles = new Memo();
function findDistroCycle(catalog, tag) {
    const parts = tag.split('-').slice(1);
    for (const part of parts) {
        const alpine = /^alpine([0-9]+\.[0-9]+)$/.exec(part);
        for (const family of catalog.families) {
            if (!DISTROS.includes(family.name))
                continue;
            if (family.name === 'alpine') {
                if (!alpine)
                    continue;
                const cycle = family.cycles.find((c) => c.cycle === alpine[1]);
                if (cycle)
                    return { family, cycle };
                continue;
            }
            // codenames only: a bare number after a dash is a build number, not a release
            if (!/^[a-z]+$/.test(part))
                continue;
            const cycle = family.cycles.find((c) => c.aliases.includes(part));
            if (cycle)
                return { family, cycle };
        }
    }
    return null;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

// Shapes shared along the flow: discover → read → extract → resolve → evaluate → suggest → report.
/** Raised for bad flags, paths or configuration: the CLI prints the message and exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}

// discover: the Dockerfiles under the given files and folders. Folders are walked without following directory
// links; a file link is followed only when its target stays inside the scanned root.
/**
 * The names Dockerfiles go by. Beyond `Dockerfile.*` and `*.Dockerfile`: `Dockerfile-prod` and `Dockerfile_prod`,
 * which builds name with -f, and lower-case `dockerfile`, which the docker command falls back to. A name left out
 * here is a file a pull request could add and build without the check seeing it.
 */
const DEFAULT_FILE_PATTERNS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/Dockerfile-*',
    '**/Dockerfile_*',
    '**/dockerfile',
    '**/dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
    '**/Containerfile-*',
    '**/Containerfile_*',
    '**/containerfile',
    '**/*.Containerfile',
    '**/*.containerfile',
];
const DEFAULT_EXCLUDE_PATTERNS = ['**/node_modules/**', '**/vendor/**'];
function toPosix(p) {
    return p.split(path.sep).join('/');
}
function isInside(child, parent) {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
function compile(patterns, what) {
    for (const pattern of patterns) {
        if (pattern.trim() === '')
            throw new UsageError(`${what}: empty pattern`);
    }
    try {
        return picomatch(patterns, { dot: true });
    }
    catch (error) {
        throw new UsageError(`${what}: invalid pattern: ${error.message}`);
    }
}
/** Every Dockerfile, in the order of its path, as a list. */
function discover(options = {}) {
    const files = [];
    discoverEach(options, (file) => files.push(file));
    return files;
}
/** Strings in the order of their UTF-16 code units, the order paths are reported in. */
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Every Dockerfile, handed to `emit` in the order of its path (as `discover` sorts them), as the walk finds it when
 * one folder is given: a reader can start on the first files while the walk goes on. Bad options throw before the
 * first file. `onFolder` is told of every folder as it is read.
 */
function discoverEach(options, emit, onFolder) {
    const root = path.resolve(options.root ?? process.cwd());
    const isDockerfile = compile(options.files ?? DEFAULT_FILE_PATTERNS, 'files');
    const isExcluded = compile(options.exclude ?? DEFAULT_EXCLUDE_PATTERNS, 'exclude');
    const givens = options.paths?.length ? options.paths : [root];
    // one folder: its walk is already in path order; otherwise files are gathered, freed of doubles and sorted
    const streaming = givens.length === 1;
    // keyed by absolute path; paths are reported relative to the root, or to the named folder when it lies outside
    const found = new Map();
    const add = (file) => {
        if (streaming)
            emit(file);
        else
            found.set(file.absolute, file);
    };
    const rel = (abs, base) => toPosix(path.relative(base, abs)) || path.basename(abs);
    const addFile = (absolute, stats, boundary, relative) => {
        if (found.has(absolute))
            return;
        let problem = null;
        let size = stats.size;
        if (stats.isSymbolicLink()) {
            try {
                const target = realpathSync(absolute);
                if (!isInside(target, boundary)) {
                    problem = {
                        reason: 'symlink-outside',
                        message: 'the file is a link to a place outside the scanned folder; links are not followed out of it',
                    };
                }
                else {
                    const targetStats = statSync(target);
                    if (!targetStats.isFile())
                        return;
                    size = targetStats.size;
                }
            }
            catch (error) {
                problem = {
                    reason: 'unreadable',
                    message: `cannot follow the link: ${error.code}`,
                };
            }
        }
        add({ path: relative, absolute, size, problem });
    };
    // relative paths are built by concatenation on the way down: cheaper than path.relative for every entry
    const walk = (dir, relDir, boundary) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        // a folder sorts as its name and a '/', a file as its name: walked in that order, paths come out sorted
        const keyed = entries.map((entry) => ({
            entry,
            key: entry.isDirectory() ? `${entry.name}/` : entry.name,
        }));
        keyed.sort((a, b) => byText(a.key, b.key));
        // `dir` is normalised and an entry's name holds no separator: joining needs no path.join
        const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
        for (const { entry } of keyed) {
            const relative = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name === '.git' || isExcluded(`${relative}/`))
                    continue;
                walk(prefix + entry.name, relative, boundary);
            }
            else if (entry.isFile()) {
                if (isDockerfile(relative) && !isExcluded(relative)) {
                    const absolute = prefix + entry.name;
                    // the size is checked when the file is read
                    if (!found.has(absolute))
                        add({ path: relative, absolute, size: -1, problem: null });
                }
            }
            else if (entry.isSymbolicLink() && isDockerfile(relative) && !isExcluded(relative)) {
                const absolute = prefix + entry.name;
                let stats;
                try {
                    stats = lstatSync(absolute);
                }
                catch {
                    continue;
                }
                addFile(absolute, stats, boundary, relative);
            }
        }
    };
    // every given path is checked before the first file is handed on
    const starts = givens.map((given) => {
        const absolute = path.resolve(root, given);
        let stats;
        try {
            stats = lstatSync(absolute);
        }
        catch {
            throw new UsageError(`${given}: no such file or folder`);
        }
        if (!stats.isDirectory() && stats.isSymbolicLink()) {
            let targetIsDir = false;
            try {
                targetIsDir = statSync(absolute).isDirectory();
            }
            catch {
                // a dangling link is reported by addFile
            }
            if (targetIsDir)
                throw new UsageError(`${given}: is a link to a folder; name the folder itself`);
        }
        return { absolute, stats };
    });
    for (const { absolute, stats } of starts) {
        const inside = isInside(absolute, root);
        if (stats.isDirectory()) {
            const base = inside ? root : absolute;
            walk(absolute, toPosix(path.relative(base, absolute)), realpathSync(absolute));
        }
        else {
            // a file named on the command line is scanned whatever its name; a link must stay inside the root
            const base = inside ? root : path.dirname(absolute);
            addFile(absolute, stats, realpathSync(base), rel(absolute, base));
        }
    }
    if (!streaming)
        for (const file of [...found.values()].sort((a, b) => byText(a.path, b.path)))
            emit(file);
}

// The builder's own tokenising rules, with every character traced back to its offset in the file so that each
// reference can be located exactly, also when it is continued over several lines.
/** 1-based line/column lookups for offsets of one file; line starts are found only as far as asked for. */
class LineIndex {
    text;
    starts = [0];
    scanned = 0;
    constructor(text) {
        this.text = text;
    }
    scanTo(offset) {
        const text = this.text;
        let i = text.indexOf('\n', this.scanned);
        while (i !== -1 && i < offset) {
            this.starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        this.scanned = i === -1 ? text.length : i;
    }
    /** offset of a 0-based line/character position */
    offsetOf(line, character) {
        while (this.starts.length <= line && this.scanned < this.text.length)
            this.scanTo(this.scanned + 1);
        return (this.starts[line] ?? this.starts[this.starts.length - 1]) + character;
    }
    position(offset) {
        if (offset > this.scanned)
            this.scanTo(offset);
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    }
}
/**
 * 1 when the text starts with a byte-order mark, else 0: the builder reads past it, and the positions an extraction
 * gives leave it out.
 */
function bomLength(text) {
    return text.startsWith('\ufeff') ? 1 : 0;
}
/** White space as the builder's Go code knows it (unicode.IsSpace): the code points up to U+3000 that are. */
const GO_SPACE = new Uint8Array(0x3001);
for (const code of [32, 9, 10, 11, 12, 13, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000])
    GO_SPACE[code] = 1;
for (let code = 0x2000; code <= 0x200a; code++)
    GO_SPACE[code] = 1;
/**
 * Whether a code point is white space to the builder. A table rather than a chain of comparisons: the compiled code
 * of a hot loop is thrown away when a comparison it never made before (a rare space) comes up.
 */
function isGoSpace(code) {
    return code <= 0x3000 && GO_SPACE[code] === 1;
}
/** The end of a physical line's content: the builder drops every CR and LF at the end of a line. */
function trimNewline(text, start, end) {
    while (end > start) {
        const c = text.charCodeAt(end - 1);
        if (c !== 13 && c !== 10)
            break;
        end--;
    }
    return end;
}
/**
 * Where the line [start, end) ends in a continuation, the offset of its escape character; otherwise -1. As the
 * builder reads it: the escape character is the last one but blanks, and is not itself preceded by an escape
 * character (`\\` at the end is no continuation, nor is `\\\`), unless it stands alone at the start.
 */
function continuationAt(text, start, end, escape) {
    let k = trimNewline(text, start, end);
    for (let c = text.charCodeAt(k - 1); k > start && (c === 32 || c === 9); c = text.charCodeAt(k - 1))
        k--;
    const esc = escape.charCodeAt(0);
    if (k === start || text.charCodeAt(k - 1) !== esc)
        return -1;
    if (k - 1 > start && text.charCodeAt(k - 2) === esc)
        return -1;
    return k - 1;
}
/**
 * The logical line that starts at `from`: physical lines joined where one ends in the escape character (optionally
 * followed by blanks), skipping comment lines and blank lines inside the continuation, as the builder does. Leading
 * blanks of continued lines are kept. Line ends are not part of the result.
 */
function logicalLine(text, from, escape, limit = text.length, collect = true) {
    let out = '';
    const offsets = [];
    let pos = from;
    let first = true;
    let end = from;
    let next = from;
    while (pos < limit) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1 || eol > limit)
            eol = limit;
        const lineEnd = trimNewline(text, pos, eol);
        next = Math.min(eol + 1, limit);
        if (!first) {
            // inside a continuation, comment lines and blank lines do not count
            let k = pos;
            while (k < lineEnd && isGoSpace(text.charCodeAt(k)))
                k++;
            if (k === lineEnd || text.charCodeAt(k) === 35) {
                // the builder counts the lines it skipped into the instruction; at the end of the file, up to its end
                end = Math.min(eol + 1, limit);
                pos = eol + 1;
                continue;
            }
        }
        first = false;
        end = lineEnd;
        const k = continuationAt(text, pos, lineEnd, escape);
        const continued = k !== -1;
        const contentEnd = continued ? k : lineEnd;
        // collect: false finds only where the line ends, for a caller that needs no text
        if (collect) {
            out += text.slice(pos, contentEnd);
            for (let i = pos; i < contentEnd; i++)
                offsets.push(i);
        }
        if (!continued)
            return { text: out, offsets, end, next };
        pos = eol + 1;
    }
    // a continuation the file ends in takes the instruction to the end of the file
    return { text: out, offsets, end: first ? end : limit, next };
}
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}
function makeWord(source, startIndex, endIndex, text, offsets) {
    const start = source.offsets[startIndex];
    const end = endIndex > startIndex ? source.offsets[endIndex - 1] + 1 : start;
    return { text, offsets, start, end };
}
/**
 * Leading `--flag[=value]` words of an instruction, as the builder extracts them before anything else: quotes are
 * removed and a backslash escapes the next character. Returns the flags and where the rest of the line starts.
 */
function extractFlags(line) {
    const s = line.text;
    const flags = [];
    let pos = 0;
    for (;;) {
        while (pos < s.length && isSpace(s[pos]))
            pos++;
        if (pos >= s.length - 1 || s[pos] !== '-' || s[pos + 1] !== '-')
            return { flags, rest: pos };
        const begin = pos;
        let text = '';
        const offsets = [];
        let quote = '';
        let blankOk = false;
        for (; pos < s.length; pos++) {
            const c = s[pos];
            if (quote === '') {
                if (isSpace(c))
                    break;
                if (c === '"' || c === "'") {
                    quote = c;
                    blankOk = true;
                    continue;
                }
            }
            else if (c === quote) {
                quote = '';
                continue;
            }
            if (c === '\\') {
                if (pos + 1 === s.length)
                    continue;
                pos++;
            }
            text += s[pos];
            offsets.push(line.offsets[pos]);
        }
        if (text === '--')
            return { flags, rest: pos };
        if (blankOk || text.length > 0)
            flags.push(makeWord(line, begin, pos, text, offsets));
    }
}
/** Words split on white space only, quotes and escapes kept for later expansion (how FROM reads its arguments). */
function splitWhitespace(line, from = 0) {
    const s = line.text;
    const words = [];
    let pos = from;
    while (pos < s.length) {
        while (pos < s.length && isSpace(s[pos]))
            pos++;
        if (pos >= s.length)
            break;
        const begin = pos;
        while (pos < s.length && !isSpace(s[pos]))
            pos++;
        words.push(makeWord(line, begin, pos, s.slice(begin, pos), line.offsets.slice(begin, pos)));
    }
    return words;
}
/**
 * Words as ARG reads them: split on white space outside quotes; quotes and escape characters stay in the word
 * (its value is expanded later), except an escape character at the very end, which is dropped.
 */
function parseWords(line, escape, from = 0) {
    const s = line.text;
    const words = [];
    let pos = from;
    while (pos < s.length) {
        while (pos < s.length && isSpace(s[pos]))
            pos++;
        if (pos >= s.length)
            break;
        const begin = pos;
        let text = '';
        const offsets = [];
        let quote = '';
        let blankOk = false;
        const add = (i) => {
            text += s[i];
            offsets.push(line.offsets[i]);
        };
        for (; pos < s.length; pos++) {
            const c = s[pos];
            if (quote === '') {
                if (isSpace(c))
                    break;
                if (c === '"' || c === "'") {
                    quote = c;
                    blankOk = true;
                }
                if (c === escape) {
                    if (pos + 1 === s.length)
                        continue;
                    add(pos);
                    pos++;
                }
                add(pos);
            }
            else {
                if (c === quote)
                    quote = '';
                else if (c === escape && quote !== "'") {
                    if (pos + 1 === s.length)
                        continue;
                    add(pos);
                    pos++;
                }
                add(pos);
            }
        }
        if (blankOk || text.length > 0)
            words.push(makeWord(line, begin, pos, text, offsets));
    }
    return words;
}
/**
 * The comma-separated fields of a `--mount` value, read as CSV as the builder does (a field may be double-quoted,
 * `""` inside quotes is a quote). Returns an error message for malformed CSV.
 */
function parseMountFields(value) {
    const s = value.text;
    const fields = [];
    let pos = 0;
    while (pos <= s.length) {
        let text = '';
        const offsets = [];
        if (s[pos] === '"') {
            pos++;
            for (;;) {
                if (pos >= s.length)
                    return { fields, error: 'extraneous or missing " in quoted field' };
                if (s[pos] === '"') {
                    if (s[pos + 1] === '"') {
                        text += '"';
                        offsets.push(value.offsets[pos]);
                        pos += 2;
                        continue;
                    }
                    pos++;
                    break;
                }
                text += s[pos];
                offsets.push(value.offsets[pos]);
                pos++;
            }
            if (pos < s.length && s[pos] !== ',')
                return { fields, error: 'extraneous or missing " in quoted field' };
        }
        else {
            while (pos < s.length && s[pos] !== ',') {
                if (s[pos] === '"')
                    return { fields, error: 'bare " in non-quoted field' };
                text += s[pos];
                offsets.push(value.offsets[pos]);
                pos++;
            }
        }
        const eq = text.indexOf('=');
        fields.push({
            key: (eq === -1 ? text : text.slice(0, eq)).toLowerCase(),
            value: eq === -1 ? { text: '', offsets: [] } : { text: text.slice(eq + 1), offsets: offsets.slice(eq + 1) },
        });
        pos++;
    }
    return { fields, error: null };
}

// What the stages of a Dockerfile do, as far as the base-image ladder cares: does the shipped image need a shell
// or a package manager at run time, does it carry only a static binary; and what the RUN commands of one stage
// mention. Read from the instructions' text only; nothing is run.
/**
 * What one stage does. The facts read from its RUN commands by pattern are worked out when a rule first asks for
 * them: each rule needs few of them, and most images stop before asking.
 */
class Stage {
    index;
    runs = [];
    needsShell = [];
    execEntrypoint = false;
    copiesFrom = [];
    copiedPaths = [];
    staticSigns = null;
    tools = null;
    installs = null;
    constructor(index) {
        this.index = index;
    }
    get staticBuild() {
        return (this.staticSigns ??= signsIn(this.runs, STATIC_SIGNS));
    }
    get fullImageTools() {
        if (this.tools === null) {
            this.tools = [];
            for (const command of this.runs) {
                const tool = FULL_IMAGE_TOOLS.exec(command);
                if (tool)
                    this.tools.push(tool[1]);
            }
        }
        return this.tools;
    }
    get installsPackages() {
        return (this.installs ??= this.runs.some((command) => INSTALLS.test(command)));
    }
}
/**
 * For each command, in order, the sign of every pattern it matches. Each pair is read by index: taking it apart in
 * the loop's head would run the array iterator's steps for every pattern, enough work to have the engine compile this
 * function late in a scan, when it no longer pays.
 */
function signsIn(commands, patterns) {
    const signs = [];
    for (const command of commands)
        for (const sign of patterns)
            if (sign[0].test(command))
                signs.push(sign[1]);
    return signs;
}
const KEYWORDS_NEEDING_SHELL = new Set(['SHELL']);
/** the instructions whose text the analysis reads */
const READ = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'COPY', 'ADD']);
const FLAG = /^--[a-z-]+(=(?:"[^"]*"|\S*))?\s+/;
function body(text, keywordEnd, end, escape) {
    const raw = text.slice(keywordEnd, end);
    // most instructions fit on one line: nothing to join
    if (!raw.includes('\n'))
        return raw.trim();
    // continuations become spaces: for reading commands, not for positions
    return raw.split(`${escape}\n`).join(' ').split(`${escape}\r\n`).join(' ').trim();
}
function withoutFlags(s) {
    let rest = s;
    for (let m = FLAG.exec(rest); m; m = FLAG.exec(rest))
        rest = rest.slice(m[0].length);
    return rest;
}
/** `["a", "b"]` → ['a', 'b']; null when the text is not the JSON (exec) form. */
function execForm(args) {
    const trimmed = args.trim();
    if (!trimmed.startsWith('['))
        return null;
    try {
        const parsed = JSON.parse(trimmed);
        return Array.isArray(parsed) && parsed.every((a) => typeof a === 'string') ? parsed : null;
    }
    catch {
        return null;
    }
}
const STATIC_SIGNS = [
    [/\bCGO_ENABLED=0\b[^&|;]*\bgo\s+build\b/, 'CGO_ENABLED=0 go build'],
    [/\bgo\s+build\b[^&|;]*-extldflags[= ]+['"]?-static/, 'go build -extldflags -static'],
    [/\b(?:gcc|cc|clang|g\+\+)\b[^&|;]*\s-static\b/, 'a C compiler with -static'],
    [/--target[= ](?:x86_64|aarch64|armv7|i686)-unknown-linux-musl\b/, 'a Rust musl target'],
    [/\bRUSTFLAGS=[^&|;]*\+crt-static/, 'RUSTFLAGS with +crt-static'],
];
const FULL_IMAGE_TOOLS = /(?:^|[\s;&|(])(gcc|g\+\+|make|git|curl|wget)(?:\s|$)/;
const INSTALLS = /\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(?:-\S+\s+)*(?:install|add)\b/;
function hasFromFlag(text, start, end) {
    return text.slice(start, end).includes('--from=');
}
/**
 * The shipped stages' keywords: for most files they rule out a shell-less base before any instruction is read.
 * `shipped`: the indexes of the stages that ship.
 */
function shippedKeywords(file, shipped) {
    let stage = -1;
    let needsShell = false;
    let entrypointIn = -1;
    // a counted loop, as in evaluateFile
    const instructions = file.instructions ?? [];
    for (let i = 0; i < instructions.length; i++) {
        const keyword = instructions[i].keyword;
        if (keyword === 'FROM')
            stage++;
        else if (keyword === 'CMD' || keyword === 'ENTRYPOINT')
            entrypointIn = stage;
        else if ((keyword === 'RUN' || keyword === 'ONBUILD' || keyword === 'SHELL') && shipped.has(stage))
            needsShell = true;
    }
    return { needsShell, entrypoint: stage >= 0 && entrypointIn === stage };
}
/** For each stage, whether it is stage `stage` or built FROM it. */
function stageAndBuiltOn(file, stage) {
    // worked out before the instructions are read, so that the loops over them read one array; pushed one by one, so
    // that the array is of one kind for every file (what map() makes is not)
    const related = [];
    const stages = file.stages;
    for (let index = 0; index < stages.length; index++)
        related.push(index === stage || stages[index].baseStage === stage);
    return related;
}
/**
 * Whether a RUN instruction (heredoc bodies included) of stage `stage` or of a stage built FROM it holds a match of
 * `pattern`: the rules' quick test of words before they read stages. Each instruction is searched where it
 * stands, without its text being copied.
 */
function runsMention(file, pattern, stage) {
    const { text, instructions } = file;
    if (text === undefined || instructions === undefined)
        return false;
    const shift = bomLength(text);
    const related = stageAndBuiltOn(file, stage);
    // every FROM instruction opens a stage, in order. A counted loop: leaving a for-of loop early (a match, seldom
    // seen before the compiler has optimised the loop) would make the compiled code start again
    let index = -1;
    for (let n = 0; n < instructions.length; n++) {
        const i = instructions[n];
        if (i.keyword === 'FROM')
            index++;
        else if (i.keyword === 'RUN' && related[index] === true) {
            if (pattern.test(text.slice(i.keywordEnd + shift, i.end + shift)))
                return true;
        }
    }
    return false;
}
/**
 * The signs of `signs` in the RUN commands (flags left out, heredoc bodies included) of stage `stage` and of the
 * stages built FROM it: for each command in order, the sign of every pattern it matches. What a rule reads once the
 * quick test of words has passed, without the rest of the file's stages being analysed.
 */
function runSigns(file, signs, stage) {
    const { text, instructions } = file;
    if (text === undefined || instructions === undefined)
        return [];
    const shift = bomLength(text);
    const related = stageAndBuiltOn(file, stage);
    const commands = [];
    let index = -1;
    for (const i of instructions) {
        if (i.keyword === 'FROM')
            index++;
        else if (i.keyword === 'RUN' && related[index] === true)
            commands.push(withoutFlags(text.slice(i.keywordEnd + shift, i.end + shift).trim()));
    }
    return signsIn(commands, signs);
}
function analyzeStages(file) {
    const text = file.text;
    const instructions = file.instructions;
    if (text === undefined || instructions === undefined)
        return [];
    const shift = bomLength(text);
    const escape = file.escape ?? '\\';
    const names = new Map();
    file.stages.forEach((s) => {
        if (s.name)
            names.set(s.name.toLowerCase(), s.index);
    });
    const stages = [];
    let current = null;
    for (const instruction of instructions) {
        const keyword = instruction.keyword;
        if (keyword === 'FROM') {
            current = new Stage(stages.length);
            stages.push(current);
            continue;
        }
        if (!current || !READ.has(keyword))
            continue;
        const argsStart = instruction.keywordEnd + shift;
        const argsEnd = instruction.end + shift;
        // a COPY or ADD matters only when it copies from another stage
        if ((keyword === 'COPY' || keyword === 'ADD') && !hasFromFlag(text, argsStart, argsEnd))
            continue;
        // RUN bodies can be long: the patterns read them with their continuations in place
        const args = keyword === 'RUN' ? text.slice(argsStart, argsEnd).trim() : body(text, argsStart, argsEnd, escape);
        if (keyword === 'RUN') {
            const command = withoutFlags(args);
            current.runs.push(command);
            current.needsShell.push('RUN');
        }
        else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') {
            const exec = execForm(args);
            if (exec === null)
                current.needsShell.push(`${keyword} in shell form`);
            else if (exec.length > 0) {
                const program = exec[0];
                // sh itself, a .sh script, or the start script Gradle's application plugin writes (build/install/*/bin/*)
                if (/^(?:\/bin\/)?(?:ba|da|a)?sh$/.test(program) ||
                    /\.sh$/.test(program) ||
                    /\/install\/[^/]+\/bin\//.test(program))
                    current.needsShell.push(`${keyword} runs a shell script`);
                else
                    current.execEntrypoint = true;
            }
        }
        else if (keyword === 'HEALTHCHECK') {
            const rest = withoutFlags(args);
            if (!/^NONE\b/i.test(rest))
                current.needsShell.push('HEALTHCHECK runs a command');
        }
        else if (keyword === 'ONBUILD') {
            // an image for others to build on: what they will run is unknown
            current.needsShell.push('ONBUILD');
        }
        else if (KEYWORDS_NEEDING_SHELL.has(keyword)) {
            current.needsShell.push(keyword);
        }
        else if (keyword === 'COPY' || keyword === 'ADD') {
            const from = /--from=(\S+)/.exec(args);
            if (from) {
                const target = /^[0-9]+$/.test(from[1]) ? Number(from[1]) : names.get(from[1].toLowerCase());
                if (target !== undefined)
                    current.copiesFrom.push(target);
                const exec = execForm(withoutFlags(args));
                const words = exec ?? withoutFlags(args).split(/\s+/);
                current.copiedPaths.push(...words.slice(0, -1));
            }
        }
    }
    return stages;
}

/**
 * `registry/repository`, as the policy names images. registry-1.docker.io is where Docker Hub serves its images:
 * a reference that names it is Docker Hub's image, and the policy judges it as one.
 */
function nameOf(use) {
    if (use.registry === null || use.repository === null)
        return '';
    return `${use.registry === 'registry-1.docker.io' ? 'docker.io' : use.registry}/${use.repository}`;
}
/** The tag a reference pulls by: as written, `latest` when neither tag nor digest is, null for digest only. */
function effectiveTag(use) {
    return use.tag ?? (use.digest === null ? 'latest' : null);
}
function entryNames(entry, use) {
    if (use.status === 'scratch')
        return entry.image.scratch;
    return !entry.image.scratch && entry.image.matchName(nameOf(use));
}
function stageAllows(entry, ships) {
    return entry.stages === null || entry.stages.includes(ships ? 'final' : 'build');
}
function tagAllows(entry, tag) {
    if (entry.tags === null)
        return true;
    return tag !== null && entry.tags.some((t) => t.match(tag));
}
/** The entries of one approved list that admit the image by name in this stage. */
function admittingEntries(list, use, ships) {
    return list.entries.filter((e) => entryNames(e, use) && stageAllows(e, ships));
}
function deniedBy(denied, use) {
    const tag = effectiveTag(use);
    return denied.find((d) => entryNames(d, use) && (d.tags === null || tagAllows(d, tag))) ?? null;
}

function tagKey(use) {
    return use.registry && use.repository && use.tag ? `${use.registry}/${use.repository}:${use.tag}` : null;
}
/** Ask the registries about every tagged image in `uses` (each tag once). */
async function gatherDigests(uses, resolver) {
    const wanted = new Map();
    for (const use of uses) {
        if (use.status !== 'resolved')
            continue;
        const key = tagKey(use);
        if (!key)
            continue;
        const entry = wanted.get(key) ?? { use, pinned: new Set() };
        if (use.digest)
            entry.pinned.add(use.digest);
        wanted.set(key, entry);
    }
    const facts = new Map();
    await Promise.all([...wanted].map(async ([key, { use, pinned }]) => {
        const { registry, repository, tag } = use;
        const resolution = await resolver.resolve(registry, repository, tag);
        if (!('digest' in resolution))
            return;
        const fact = { current: resolution.digest, platforms: [] };
        // a pin that is not the index itself may be one of its platform images
        if ([...pinned].some((d) => d !== resolution.digest)) {
            fact.platforms = await resolver.platformDigests(registry, repository, tag);
        }
        facts.set(key, fact);
    }));
    return facts;
}

const digestNotApproved = {
    kind: 'image',
    scope: 'image',
    id: 'digest-not-approved',
    severity: 'error',
    description: 'The approved entry lists the digests it allows, and the pinned digest is not one of them.',
    help: {
        text: 'An approved entry with `digests` allows only images pinned to those exact digests: the platform team has ' +
            'vetted those builds. Pin one of the listed digests.',
        bad: 'FROM python:3.12-slim@sha256:1111111111111111111111111111111111111111111111111111111111111111',
        good: 'FROM python:3.12-slim@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
    },
    check({ use, display, ships, policy, digests }) {
        if (use.status !== 'resolved' || use.digest === null)
            return null;
        const tag = effectiveTag(use);
        for (const list of policy.approved) {
            const entries = admittingEntries(list, use, ships).filter((e) => tag === null || tagAllows(e, tag));
            if (entries.length === 0)
                continue;
            // an index digest and its platform images' digests name the same tag
            const key = tagKey(use);
            const fact = key ? digests?.get(key) : undefined;
            const sameImage = (approved) => approved === use.digest ||
                (fact !== undefined &&
                    ((approved === fact.current && fact.platforms.includes(use.digest)) ||
                        (use.digest === fact.current && fact.platforms.includes(approved))));
            if (entries.some((e) => e.digests === null || e.digests.some(sameImage)))
                continue;
            const allowed = [...new Set(entries.flatMap((e) => e.digests ?? []))];
            return {
                message: `${display} is pinned to ${use.digest}, which is not an approved digest; approved: ${listOf(allowed, 2)}`,
            };
        }
        return null;
    },
};

const digestRequired = {
    kind: 'image',
    scope: 'image',
    id: 'digest-required',
    // an error when the policy sets require-digest
    severity: 'warning',
    description: 'The image is not pinned by digest, so the same Dockerfile can build on different images over time.',
    help: {
        text: 'A tag can be moved to another image at any time; a digest cannot. Pin the image as image:tag@sha256:… ' +
            '(keep the tag for people, the digest decides) and let an update bot move the pin. With `require-digest: ' +
            'true` this is an error.',
        bad: 'FROM python:3.12-slim',
        good: 'FROM python:3.12-slim@sha256:<digest of the image>',
    },
    check({ use, display, digests }) {
        if (use.status !== 'resolved' || use.digest !== null)
            return null;
        const key = tagKey(use);
        const current = key ? digests?.get(key)?.current : undefined;
        if (!current)
            return { message: `${display} is not pinned by digest; pin it as ${display}@sha256:<digest>` };
        return {
            message: `${display} is not pinned by digest; pin it as ${display}@${current}`,
            replace: { reference: `${display}@${current}`, safe: true, pin: true },
        };
    },
};

function upgradeHint(family, today) {
    const supported = supportedCycles(family, today);
    if (supported.length === 0)
        return '';
    const names = supported.map((c) => c.cycle);
    return supported.length === 1
        ? `; supported: ${names[0]}`
        : `; supported: ${names[0]} to ${names[names.length - 1]}`;
}
function source(cycle) {
    return cycle.source ? ` (${cycle.source})` : '';
}
/**
 * The nearest supported line, same variant: python:3.8.18-slim → python:3.11-slim. Only when the tag is spelled
 * with the line's number (not a codename), and the patch level is dropped.
 */
function upgrade(tag, cycle, family, today, rewrite) {
    if (!tag.startsWith(cycle.cycle))
        return null;
    const next = supportedCycles(family, today).find((c) => family.cycles.indexOf(c) > family.cycles.indexOf(cycle));
    if (!next)
        return null;
    // the patch level and a build number (eclipse-temurin's 24.0.2_12) belong to the old line
    const rest = tag
        .slice(cycle.cycle.length)
        .replace(/^\.[0-9][0-9.]*/, '')
        .replace(/^_[0-9]+/, '');
    return rewrite(`${next.cycle}${rest}`);
}
const eolImage = {
    kind: 'image',
    scope: 'image',
    id: 'eol-image',
    severity: 'warning',
    description: "The image's tag line (or the distribution release its tag names) is past its end of life.",
    help: {
        text: 'After its end of life a version gets no more security fixes, and its images are no longer rebuilt. The ' +
            'dates come from the catalog in policies/catalog.yml (each with its source); a policy can add its own with ' +
            '`catalog:`. Move to a supported line.',
        bad: 'FROM python:3.8-slim',
        good: 'FROM python:3.13-slim',
    },
    check({ use, name, display, catalog, today }) {
        if (use.status !== 'resolved' || use.tag === null)
            return null;
        const family = familyOf(catalog, name);
        if (family) {
            const cycle = cycleOf(family, use.tag);
            if (cycle?.eol && cycle.eol < today) {
                return {
                    message: `${display}: ${family.name} ${cycle.cycle} reached its end of life on ${cycle.eol}${source(cycle)}${upgradeHint(family, today)}`,
                    replace: upgrade(use.tag, cycle, family, today, (tag) => ({
                        reference: `${familiar(name)}:${tag}`,
                    })),
                };
            }
        }
        // a language image built on a distribution release that has reached its own end
        if (family && ['debian', 'ubuntu', 'alpine'].includes(family.name))
            return null;
        const base = baseDistroCycle(catalog, use.tag);
        if (base?.cycle.eol && base.cycle.eol < today) {
            const newer = supportedCycles(base.family, today).map((c) => c.aliases.find((a) => /^[a-z]+$/.test(a)) ?? c.cycle);
            return {
                message: `${display} is built on ${base.family.name} ${base.cycle.cycle}, which reached its end of life on ` +
                    `${base.cycle.eol}${source(base.cycle)}${newer.length ? `; choose a tag on ${listOf(newer)}` : ''}`,
            };
        }
        return null;
    },
};

const exceptionExpired = {
    kind: 'engine',
    id: 'exception-expired',
    severity: 'error',
    description: 'A policy exception matched this image, but its `expires` date has passed, so it no longer applies.',
    help: {
        text: 'Exceptions are for migrations with an end. After `expires` the exception stops hiding findings and this ' +
            'finding says so: finish the migration, or renew the exception with a new date and reason.',
        bad: 'exceptions: [{ image: centos:7, reason: migration, expires: 2024-06-30 }]',
        good: 'exceptions: [{ image: centos:7, reason: migration OPS-1234, expires: 2027-03-31 }]',
    },
};

const fileNotScanned = {
    kind: 'engine',
    id: 'file-not-scanned',
    severity: 'error',
    description: 'A file named like a Dockerfile could not be read as one (over 1 MiB, binary, unreadable, or a link out of the workspace).',
    help: {
        text: 'A file that cannot be read cannot be judged, and passing it silently would let anything through. Keep ' +
            'Dockerfiles under 1 MiB of text, and do not link them to places outside the repository; or exclude the ' +
            'file if it is not a Dockerfile.',
        bad: 'Dockerfile -> /etc/passwd',
        good: 'Dockerfile (a regular text file in the repository)',
    },
};

const ignoreCommentInvalid = {
    kind: 'engine',
    id: 'ignore-comment-invalid',
    severity: 'warning',
    description: 'An inline ignore comment that does not count: the policy does not allow them, or it has no reason, names no or an unknown rule, or no instruction follows it.',
    help: {
        text: 'Inline ignores count only when the policy sets `inline-ignores: true`, and only with a reason: ' +
            '`# base-image-policy ignore=RULE[,RULE] reason="why"` on the line before the instruction.',
        bad: '# base-image-policy ignore=latest-tag\nFROM node',
        good: '# base-image-policy ignore=digest-required reason="built nightly from our own mirror"\nFROM ghcr.io/acme/node:22',
    },
};

const imageDenied = {
    kind: 'image',
    scope: 'image',
    id: 'image-denied',
    severity: 'error',
    description: "The image matches an entry of the policy's `denied` list.",
    help: {
        text: 'Denied images are never allowed, whatever else the policy approves. The entry says why and, with `use`, ' +
            'what to use instead.',
        bad: 'FROM ubuntu:24.04',
        good: 'FROM debian:bookworm-slim',
    },
    check({ use, display, policy }) {
        if (use.status !== 'resolved' && use.status !== 'scratch')
            return null;
        const entry = deniedBy(policy.denied, use);
        if (!entry)
            return null;
        const reason = entry.reason ? `: ${entry.reason}` : '';
        const instead = entry.use ? `; use ${entry.use}` : '';
        return {
            message: `${display} is denied by the policy${reason}${instead}`,
            replace: entry.use ? { reference: entry.use } : null,
        };
    },
};

// The nearest images a policy approves, for messages that say what to use instead.
function lastSegment(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}
/** An entry as a reference people can write: python:3.12-slim, or the tag pattern when it has no fixed tag. */
function written(entry, tag) {
    const image = entry.image.scratch ? 'scratch' : familiar(entry.image.name);
    return tag === null ? image : `${image}:${tag}`;
}
/** The entry's tags, nearest to the tag in use first: same version line, then longest shared beginning. */
function nearestTags(entry, tag) {
    const tags = (entry.tags ?? []).map((t) => t.source);
    if (tag === null)
        return tags;
    return tags
        .map((t, i) => ({ t, i, score: commonPrefix(t, tag) }))
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .map((x) => x.t);
}
/**
 * Approved alternatives to an image, nearest first: entries of the same family (per the catalog), then of the same
 * name in another registry, then the rest (left out with `relatedOnly`: those are no replacement for the image).
 * Only entries usable in this stage and passing every approved list.
 */
function approvedAlternatives(policy, catalog, use, ships, options = {}) {
    const lists = policy.approved;
    if (lists.length === 0)
        return [];
    const own = lists[lists.length - 1];
    const name = nameOf(use);
    const family = name ? familyOf(catalog, name) : null;
    const passesFences = (entry) => lists.every((list) => list === own ||
        list.entries.some((f) => f.image.scratch === entry.image.scratch &&
            (entry.image.scratch || f.image.matchName(entry.image.name))));
    const scored = own.entries
        .filter((e) => stageAllows(e, ships) && !e.image.name.includes('*') && passesFences(e))
        .map((entry, index) => {
        let score = 0;
        if (!entry.image.scratch && family && familyOf(catalog, entry.image.name) === family)
            score = 2;
        else if (!entry.image.scratch && name && lastSegment(entry.image.name) === lastSegment(name))
            score = 1;
        return { entry, index, score };
    })
        .filter((x) => !options.relatedOnly || x.score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index);
    const out = [];
    for (const { entry } of scored) {
        const tags = nearestTags(entry, use.tag);
        out.push(tags.length ? written(entry, tags[0]) : written(entry, null));
    }
    return [...new Set(out)];
}
/** For tag-not-approved: the tags the matching entries allow, nearest first, written in full. */
function approvedTagsFor(policy, use, ships) {
    const out = [];
    for (const list of policy.approved) {
        for (const entry of admittingEntries(list, use, ships)) {
            if (!entryNames(entry, use))
                continue;
            for (const tag of nearestTags(entry, use.tag))
                out.push(written(entry, tag));
        }
    }
    return [...new Set(out)];
}

// suggest: a concrete replacement FROM line, the rest of the line kept byte for byte (flags, stage name, casing).
/** The text of 1-based line `n`, without its line end. */
function lineOf(text, n) {
    let start = 0;
    for (let i = 1; i < n; i++) {
        const next = text.indexOf('\n', start);
        if (next === -1)
            return null;
        start = next + 1;
    }
    let end = text.indexOf('\n', start);
    if (end === -1)
        end = text.length;
    if (end > start && text[end - 1] === '\r')
        end--;
    return text.slice(start, end);
}
/**
 * The FROM line with the image replaced by `replacement`, or null when no safe one-line rewrite exists: the
 * reference spans lines, is built from variables (rewriting it would bypass the ARG), or is not in a FROM.
 */
function rewriteFrom(text, use, replacement, alternatives = []) {
    if (text === undefined || use.kind !== 'from' || use.line !== use.endLine || use.raw.includes('$'))
        return null;
    const line = lineOf(text.slice(bomLength(text)), use.line);
    if (line === null)
        return null;
    if (!/^\s*from\s/i.test(line) || /[\\`]\s*$/.test(line))
        return null;
    if (line.slice(use.column - 1, use.endColumn - 1) !== use.raw)
        return null;
    const rewritten = line.slice(0, use.column - 1) + replacement + line.slice(use.endColumn - 1);
    if (rewritten === line)
        return null;
    // every field set here, so that all suggestions share one shape (one hidden class for the engine's compiler)
    return {
        line: rewritten,
        alternatives: alternatives.filter((a) => a !== replacement),
        safe: false,
        pin: false,
        reference: replacement,
        column: use.column - 1,
    };
}
/** A rule's replacement written into the FROM line: null when the line cannot take it (see rewriteFrom). */
function suggestionFor(text, use, replace) {
    const suggestion = rewriteFrom(text, use, replace.reference, replace.alternatives);
    if (suggestion) {
        suggestion.safe = replace.safe === true;
        suggestion.pin = replace.safe === true && replace.pin === true;
    }
    return suggestion;
}
/** A written reference with no pattern characters, fit to stand in a FROM line. */
function isConcrete(reference) {
    return !reference.includes('*') && reference !== '';
}

const imageNotApproved = {
    kind: 'image',
    scope: 'image',
    id: 'image-not-approved',
    severity: 'error',
    description: 'The policy lists approved images and this image is not among them (or not for this stage).',
    help: {
        text: 'When a policy has an `approved` list, every image must match one of its entries; an entry with `stages` ' +
            'allows its image only in those stages (`build` stages, or the `final` stage that ships). Use one of the ' +
            'approved images, or ask for the image to be approved.',
        bad: 'FROM python:3.12',
        good: 'FROM python:3.12-slim',
    },
    check({ use, display, ships, policy, catalog }) {
        if (use.status !== 'resolved' && use.status !== 'scratch')
            return null;
        for (const list of policy.approved) {
            if (admittingEntries(list, use, ships).length > 0)
                continue;
            const alternatives = approvedAlternatives(policy, catalog, use, ships);
            const approved = alternatives.length ? `; approved: ${listOf(alternatives)}` : '';
            // a replacement line only for an image of the same family: node is no drop-in for centos
            const concrete = approvedAlternatives(policy, catalog, use, ships, { relatedOnly: true }).filter(isConcrete);
            const replace = concrete.length ? { reference: concrete[0], alternatives: concrete.slice(1, 4) } : null;
            if (list.entries.some((e) => entryNames(e, use))) {
                const where = ships ? 'the shipped stage' : 'build stages';
                return {
                    message: `${display} is approved only for ${ships ? 'build stages' : 'the shipped stage'}, not for ${where}${approved}`,
                };
            }
            return { message: `${display} is not approved${approved}`, replace };
        }
        return null;
    },
};

const invalidImage = {
    kind: 'image',
    scope: 'image',
    id: 'invalid-image',
    severity: 'error',
    description: 'The reference is not a valid image reference (upper case, a bad tag or digest, a bad registry name).',
    help: {
        text: 'The builder would refuse this reference. Image names are lower case; tags are at most 128 letters, digits, ' +
            "'_', '.' and '-'; digests are algorithm:hex of the right length.",
        bad: 'FROM Python:3.12',
        good: 'FROM python:3.12-slim',
    },
    check({ use }) {
        if (use.status !== 'invalid')
            return null;
        return { message: use.error ?? `"${use.raw}" is not a valid image reference` };
    },
};

const latestTag = {
    kind: 'image',
    scope: 'image',
    id: 'latest-tag',
    // off when the policy sets allow-latest
    severity: 'error',
    description: "The image uses ':latest', or no tag and no digest (which means latest).",
    help: {
        text: '`latest` is whatever was pushed last: builds stop being repeatable and a new major version can arrive ' +
            'unannounced. Name the version line you test against.',
        bad: 'FROM node',
        good: 'FROM node:22-slim',
    },
    check({ use, display }) {
        if (use.status !== 'resolved')
            return null;
        if (use.tag === 'latest')
            return {
                message: `${display} uses the latest tag; name a version, e.g. a tag line the app is tested on`,
            };
        if (use.tag === null && use.digest === null) {
            return {
                message: `${display} has no tag, so it pulls latest; name a version, e.g. ${display}:<version>`,
            };
        }
        return null;
    },
};

const lockedSetting = {
    kind: 'engine',
    id: 'locked-setting',
    severity: 'error',
    description: 'A policy tries to loosen a setting, rule or list that the policy it extends has locked.',
    help: {
        text: "A central policy's `locked` settings hold for every policy that extends it. The loosening has no effect " +
            '(the locked value stays) and is reported so that it does not look as if it had worked. Remove it, or ask ' +
            'the owners of the central policy.',
        bad: 'extends: ../central.yml\nsettings:\n  require-digest: false',
        good: 'extends: ../central.yml',
    },
};

const registryNotAllowed = {
    kind: 'image',
    scope: 'image',
    id: 'registry-not-allowed',
    severity: 'error',
    description: "The image comes from a registry or path that the policy's `registries` list does not name.",
    help: {
        text: 'Images may only come from the registries (or registry paths) the policy lists, so that every base is pulled ' +
            'from a source the organisation trusts and mirrors. Pull the image from an allowed registry, or ask for the ' +
            'registry to be added to the policy.',
        bad: 'FROM quay.io/someone/python:3.12-slim',
        good: 'FROM ghcr.io/acme/python:3.12-slim',
    },
    check({ use, name, display, policy }) {
        if (use.status !== 'resolved')
            return null;
        for (const list of policy.registries) {
            if (!list.patterns.some((p) => p.match(name))) {
                return {
                    message: `${display} comes from ${use.registry}, which the policy does not allow; allowed: ${listOf(list.patterns.map((p) => p.source), 5)}`,
                };
            }
        }
        return null;
    },
};

const tagNotApproved = {
    kind: 'image',
    scope: 'image',
    id: 'tag-not-approved',
    severity: 'error',
    description: 'The image is approved, but only with certain tags, and this tag is not one of them.',
    help: {
        text: 'An approved entry with `tags` allows only those tags (`*` matches any run of characters within a tag). ' +
            'Move to one of the approved tags; the message lists the nearest.',
        bad: 'FROM python:3.12',
        good: 'FROM python:3.12-slim',
    },
    check({ use, display, ships, policy }) {
        if (use.status !== 'resolved')
            return null;
        const tag = effectiveTag(use);
        for (const list of policy.approved) {
            const entries = admittingEntries(list, use, ships);
            // no entry: image-not-approved speaks for it
            if (entries.length === 0)
                return null;
            if (entries.some((e) => tagAllows(e, tag)))
                continue;
            // pinned by digest only: the tag cannot be checked, but an approved digest vouches for the image
            if (tag === null &&
                use.digest !== null &&
                entries.some((e) => e.digests?.includes(use.digest)))
                continue;
            const tags = approvedTagsFor(policy, use, ships);
            const approved = listOf(tags, 4);
            const concrete = tags.filter(isConcrete);
            const what = use.tag === null
                ? use.digest === null
                    ? 'has no tag (so it pulls latest)'
                    : 'is pinned by digest alone, so its tag cannot be checked'
                : `has tag ${use.tag}, which is not approved`;
            return {
                message: `${display} ${what}; approved: ${approved}`,
                replace: concrete.length
                    ? { reference: concrete[0], alternatives: concrete.slice(1, 4), safe: true }
                    : null,
            };
        }
        return null;
    },
};

const unofficialImage = {
    kind: 'image',
    scope: 'image',
    id: 'unofficial-image',
    severity: 'warning',
    description: 'A Docker Hub image outside the official library (and outside verified publishers) that no approved entry names.',
    help: {
        text: 'Anyone can publish under their own Docker Hub name; official images are reviewed and rebuilt for security ' +
            'fixes. Use the official image, or approve this one by name in the policy if the team trusts its publisher.',
        bad: 'FROM someuser/python:3.12',
        good: 'FROM python:3.12-slim',
    },
    check({ use, display, policy, catalog }) {
        if (use.status !== 'resolved' || use.registry !== 'docker.io' || use.repository === null)
            return null;
        if (use.repository.startsWith('library/'))
            return null;
        const namespace = use.repository.slice(0, use.repository.indexOf('/'));
        if (catalog.verifiedPublishers.has(namespace))
            return null;
        if (policy.approved.some((list) => list.entries.some((e) => entryNames(e, use))))
            return null;
        return {
            message: `${display} is published by the Docker Hub user "${namespace}", not an official image; approve it by name in the policy if you trust that publisher`,
        };
    },
};

const unresolvedImage = {
    kind: 'image',
    scope: 'image',
    id: 'unresolved-image',
    severity: 'error',
    description: 'The image reference cannot be fully resolved (a variable without a value, a template placeholder, nothing at all).',
    help: {
        text: 'An image that cannot be resolved cannot be judged, so it is never passed silently. Give the ARG a default ' +
            'before the first FROM, pass it with --build-arg (the action: build-args), or write the image out.',
        bad: 'ARG BASE\nFROM ${BASE}',
        good: 'ARG BASE=python:3.12-slim\nFROM ${BASE}',
    },
    check({ use }) {
        if (use.status !== 'unresolved')
            return null;
        return { message: `"${use.raw}" cannot be resolved: ${use.error ?? 'unknown reason'}` };
    },
};

// The base-image ladder: full distribution → slim → alpine → distroless → scratch. Which rung an image stands on,
// what the same family offers lower down, and what it costs to step there.
function rungOf(family, name, tag) {
    if (name.startsWith('gcr.io/distroless/'))
        return 'distroless';
    if (name.startsWith('cgr.dev/chainguard/'))
        return 'chainguard';
    if (tag === null || family === null)
        return null;
    return rungs.get(family, tag, () => rungOfTag(family, tag));
}
/** A family's rung per tag, worked out once per run: every shipped FROM asks, several rules each. */
const rungs = new Memo();
function rungOfTag(family, tag) {
    // the family's own tag templates first: eclipse-temurin's slim rung is "{version}-jre"
    let best = null;
    for (const v of family.variants) {
        if (v.image !== null || v.tag === null || v.rung === 'full')
            continue;
        const suffix = v.tag.split('{version}').join('');
        const at = suffix === '' ? -1 : tag.indexOf(suffix);
        const boundary = at >= 0 && (at + suffix.length === tag.length || tag[at + suffix.length] === '-');
        if (boundary && (!best || suffix.length > best.length))
            best = { rung: v.rung, length: suffix.length };
    }
    if (best)
        return best.rung;
    if (/(?:^|-)alpine/.test(tag))
        return 'alpine';
    if (/(?:^|-)slim(?:$|-)/.test(tag))
        return 'slim';
    // windows, nanoserver and similar tags are off this ladder
    if (/windows|nanoserver|servercore/.test(tag))
        return null;
    return family.variants.some((v) => v.rung === 'full') ? 'full' : null;
}
/** The family's variant on a rung, for the tag line of `tag`, when it exists for that line. */
function stepTo(family, name, tag, rung) {
    const variant = family.variants.find((v) => v.rung === rung);
    if (!variant || variant.tag === null)
        return null;
    const version = tag.split('-')[0];
    const line = cycleOf(family, tag)?.cycle ?? version;
    if (variant.onlyFor && !variant.onlyFor.includes(line))
        return null;
    const fill = (template) => template.split('{version}').join(variant.image ? line : version);
    const image = variant.image ? fill(variant.image) : familiar(name);
    return { variant, reference: `${image}:${fill(variant.tag)}` };
}
function sizeOf(family, rung) {
    return family.variants.find((v) => v.rung === rung)?.sizeMb ?? null;
}
function sizeChange(family, from, to) {
    const a = sizeOf(family, from);
    const b = to.sizeMb;
    if (a === null || b === null)
        return '';
    // plain ASCII: one character outside Latin-1 makes the engine store every string the message is joined into (the
    // kept findings of a JSON report) at two bytes a character; an arrow here cost a scan of 10,000 files about 5 %
    return ` (about ${a} MB down to ${b} MB compressed)`;
}
/** Whether the policy lets this reference stand where the image stands; true when it approves no list. */
function policyAllows(policy, reference, ships) {
    if (policy.approved.length === 0 && policy.denied.length === 0)
        return true;
    const parsed = parseImageReference(reference);
    const use = {
        status: reference === 'scratch' ? 'scratch' : 'resolved',
        image: parsed.ok ? parsed.ref.normalized : null,
        registry: parsed.ok ? parsed.ref.registry : null,
        repository: parsed.ok ? parsed.ref.repository : null,
        tag: parsed.ok ? parsed.ref.tag : null};
    if (use.status === 'resolved' && !parsed.ok)
        return false;
    if (policy.denied.some((d) => use.status === 'scratch' ? d.image.scratch : !d.image.scratch && d.image.matchName(nameOf(use)))) {
        return false;
    }
    return policy.approved.every((list) => admittingEntries(list, use, ships).some((e) => tagAllows(e, use.tag ?? 'latest')));
}

/** For the FROM of a shipped stage that names an image of a known family: where it stands; null for anything else. */
function shippedBase(facts) {
    const { use, name } = facts;
    if (use.kind !== 'from' || use.status !== 'resolved' || !facts.ships)
        return null;
    const family = familyOf(facts.catalog, name);
    if (!family)
        return null;
    return { family, rung: rungOf(family, name, use.tag), tag: use.tag ?? 'latest' };
}
/** What the shipped stages do (the chain) and the last stage; null for a file without stages. */
function shippedChain(context) {
    const facts = context.facts();
    if (facts.length === 0)
        return null;
    return { chain: facts.filter((f) => context.shipped.has(f.index)), last: facts[facts.length - 1] };
}
/**
 * Whether the instructions' keywords leave the shipped stages free of shell commands, with an entrypoint in the last
 * stage: what a shell-less base needs, told without reading any text.
 */
function mayRunWithoutShell(context) {
    const keywords = context.keywords();
    return !keywords.needsShell && keywords.entrypoint;
}
/**
 * The shipped stages, when none needs a shell or package manager and the last runs a program in exec form (a
 * shell-less base can run it); null otherwise. The keywords are asked first, so most files are not read.
 */
function shellFreeChain(context) {
    if (!mayRunWithoutShell(context))
        return null;
    const stages = shippedChain(context);
    if (!stages || shellNeeds(stages.chain).length > 0 || !stages.last.execEntrypoint)
        return null;
    return stages;
}
/** Why the shipped image needs a shell or package manager, from every shipped stage. */
function shellNeeds(chain) {
    return [...new Set(chain.flatMap((f) => f.needsShell))];
}

const suggestSlim = {
    kind: 'image',
    scope: 'file',
    id: 'suggest-slim',
    severity: 'notice',
    description: 'The shipped stage runs on a full distribution image, and the same image has a -slim variant.',
    help: {
        text: 'Full images carry compilers, version control and hundreds of packages the app never runs, and every one of ' +
            'them is attack surface and download time. The -slim variant keeps glibc, a shell and the package manager, so ' +
            'it is the safe first step down; install what the app really needs with the package manager. Not suggested ' +
            'when the shipped stage uses tools (gcc, make, git, curl, wget) that only the full image has and installs none.',
        bad: 'FROM python:3.12',
        good: 'FROM python:3.12-slim',
    },
    prepare(facts) {
        const base = shippedBase(facts);
        if (!base || base.rung !== 'full')
            return null;
        const step = stepTo(base.family, facts.name, base.tag, 'slim');
        // a slim rung on alpine (nginx's alpine-slim) is a change of C library, not a slimmer glibc image
        if (!step || step.reference === facts.display || /alpine/.test(step.reference))
            return null;
        if (!policyAllows(facts.policy, step.reference, true))
            return null;
        return { family: base.family, step };
    },
    check(context, { family, step }) {
        const stages = shippedChain(context);
        if (!stages)
            return null;
        // an image others build on (ONBUILD) may need the full image's tools in their builds
        if (stages.chain.some((f) => f.needsShell.includes('ONBUILD')))
            return null;
        const tools = [...new Set(stages.chain.flatMap((f) => f.fullImageTools))];
        if (tools.length > 0 && !stages.chain.some((f) => f.installsPackages))
            return null;
        return {
            message: `${context.display} ships a full distribution; ${step.reference} keeps glibc, the shell and the package ` +
                `manager and leaves out compilers and tools${sizeChange(family, 'full', step.variant)}`,
            replace: { reference: step.reference, safe: true },
        };
    },
};

// Whether a Dockerfile's text mentions any of a rule's words at all: the cheap test before a rule reads stages.
// Every image of a file is judged in turn, so the answer for the file just seen is kept per pattern.
// one record per pattern, overwritten file after file: a new record per file would, once the collector moves such
// records to its old generation, hold every file's text there until a full collection
const last = new Map();
function mentions(text, pattern) {
    if (text === undefined)
        return false;
    let seen = last.get(pattern);
    if (seen === undefined)
        last.set(pattern, (seen = { text: undefined, found: false }));
    if (seen.text !== text) {
        seen.text = text;
        seen.found = pattern.test(text);
    }
    return seen.found;
}

const STATIC_WORDS = /CGO_ENABLED=0|-static|-musl|crt-static/;
/** How the last stage shows it carries a static binary: it copies from a stage that builds one statically. */
function staticBinary(facts, last) {
    for (const from of last.copiesFrom) {
        const sign = facts[from]?.staticBuild[0];
        if (sign)
            return sign;
    }
    return null;
}
const suggestScratch = {
    kind: 'image',
    scope: 'file',
    id: 'suggest-scratch',
    severity: 'notice',
    description: 'The shipped stage only runs a statically linked binary built in an earlier stage (CGO_ENABLED=0 go build, -static, a musl Rust target), so it can ship on scratch.',
    help: {
        text: 'A static binary needs no libraries, so its image can be empty: scratch, plus what the binary reads at run ' +
            'time: CA certificates for TLS (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/), ' +
            'time zone data if it uses them, and a non-root USER (USER 65532:65532). gcr.io/distroless/static holds ' +
            'exactly those, if you prefer not to copy them yourself. There is no shell to debug with.',
        bad: 'FROM alpine:3.22\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
        good: 'FROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]',
    },
    prepare(facts) {
        const base = shippedBase(facts);
        // only a known distribution or runtime image: an application image (a scanner, a database) may hold what the
        // binary calls
        if (!base || base.rung === 'distroless' || base.rung === 'chainguard')
            return null;
        return policyAllows(facts.policy, 'scratch', true) ? base : null;
    },
    check(context) {
        // the binary is built in an earlier stage
        if (context.stages.length < 2)
            return null;
        // a shell command in a shipped stage, or no entrypoint of its own: known from the keywords, no text read
        if (!mayRunWithoutShell(context))
            return null;
        // no sign of a static build anywhere in the file: nothing to read further
        if (!mentions(context.text, STATIC_WORDS))
            return null;
        const stages = shellFreeChain(context);
        if (!stages)
            return null;
        // a base stage of its own that the last stage builds on may have put more there than the binary
        if (stages.chain.length > 1)
            return null;
        const sign = staticBinary(context.facts(), stages.last);
        if (!sign)
            return null;
        const alternative = 'gcr.io/distroless/static-debian13:nonroot';
        return {
            message: `${context.display}: the shipped stage only runs a binary built statically (${sign}), so it can ship on ` +
                `scratch, an empty image. Copy in the CA certificates it needs for TLS and set a non-root USER, or use ` +
                `${alternative}, which holds both. Given up: every shell and tool`,
            replace: { reference: 'scratch', alternatives: [alternative] },
        };
    },
};

const suggestDistroless = {
    kind: 'image',
    scope: 'file',
    id: 'suggest-distroless',
    severity: 'notice',
    description: 'The shipped stage needs no shell or package manager (no RUN, exec-form CMD/ENTRYPOINT, no HEALTHCHECK command), and a distroless image of its runtime exists.',
    help: {
        text: 'Distroless images hold the language runtime and its libraries and nothing else: no shell, no package ' +
            'manager, far fewer packages to patch. What you give up is a shell for debugging: use the :debug tag (a ' +
            'busybox shell) or an ephemeral debug container (kubectl debug) instead. Build in a full or slim stage and ' +
            'copy the result into the distroless one.',
        bad: 'FROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]',
        good: 'FROM gcr.io/distroless/nodejs22-debian13:nonroot\nCOPY --from=build /app /app\nCMD ["/app/server.js"]',
    },
    prepare(facts) {
        const base = shippedBase(facts);
        if (!base || (base.rung !== 'full' && base.rung !== 'slim' && base.rung !== 'alpine'))
            return null;
        const step = stepTo(base.family, facts.name, base.tag, 'distroless');
        if (!step || !policyAllows(facts.policy, step.reference, true))
            return null;
        return { family: base.family, rung: base.rung, step };
    },
    check(context, { family, rung, step }) {
        const stages = shellFreeChain(context);
        if (!stages)
            return null;
        // a static binary belongs on scratch (suggest-scratch)
        if (staticBinary(context.facts(), stages.last))
            return null;
        const debug = step.reference.replace(/:nonroot$/, ':debug-nonroot').replace(/:latest$/, ':debug');
        return {
            message: `${context.display}: the shipped stage runs no shell command, so it can ship on ${step.reference}` +
                `${sizeChange(family, rung, step.variant)}. Given up: the shell and package manager; debug with ` +
                `${debug} or an ephemeral debug container. Note that the image's own entrypoint is the runtime: CMD ` +
                'may then need only the script',
            replace: { reference: step.reference },
        };
    },
};

// gcompat, glibc, grpc, libc6-compat, linux-gnu, manylinux, tensorflow, torch, jaxlib, onnxruntime, opencv,
// node-sass, canvas, ray: grouped by first letter, which the regular expression engine searches about 15 % faster.
// ray without the word boundaries the sign itself has (they made the search 20 % slower): a word that merely holds
// it (array) costs a look at the stage's RUN commands for the signs, which find nothing there
const SIGN_WORDS = /g(?:compat|libc|rpc)|l(?:ibc6-compat|inux-gnu)|manylinux|t(?:ensorflow|orch)|jaxlib|o(?:nnxruntime|pencv)|node-sass|canvas|ray/;
// wheels that have no musl build, or content that is plainly glibc's
const GLIBC_SIGNS = [
    [
        /\bapk\s+add\b[^&|;]*\b(?:gcompat|libc6-compat)\b/,
        'installs a glibc compatibility layer (gcompat or libc6-compat)',
    ],
    [
        /\b(?:glibc|linux-gnu|manylinux)[^\s'"]*\.(?:tar\.gz|tgz|tar\.xz|zip|apk|whl|deb)\b/,
        'downloads a glibc build',
    ],
    [/\bsgerrand\/alpine-pkg-glibc\b/, 'installs a glibc package for alpine'],
    [
        /\bpip3?\s+install\b[^&|;]*\b(?:tensorflow|torch|torchvision|jaxlib|onnxruntime|opencv-python|ray)\b/,
        'pip installs a package published without musl wheels',
    ],
    [
        /\bnpm\s+(?:install|i|ci)\b[^&|;]*\b(?:node-sass|canvas|grpc)\b/,
        'npm installs a native module without musl builds',
    ],
];
const alpineMusl = {
    kind: 'image',
    scope: 'file',
    id: 'alpine-musl',
    severity: 'warning',
    description: 'An alpine (musl) stage shows signs of content that needs glibc: a glibc compatibility layer, downloaded glibc builds, Python or Node packages published without musl builds.',
    help: {
        text: 'Alpine uses musl, not glibc. Binaries and wheels built for glibc fail there (often only at run time), and ' +
            'shims such as gcompat cover part of glibc only. Use the -slim (Debian, glibc) variant of the same image; ' +
            'it is larger than alpine but runs glibc content as built.',
        bad: 'FROM python:3.12-alpine\nRUN pip install torch',
        good: 'FROM python:3.12-slim\nRUN pip install torch',
    },
    prepare({ use, name, catalog }) {
        if (use.kind !== 'from' || use.status !== 'resolved')
            return null;
        const family = familyOf(catalog, name);
        const isAlpine = family?.name === 'alpine' || (use.tag !== null && /(?:^|-)alpine/.test(use.tag));
        if (!isAlpine)
            return null;
        const slim = family && family.name !== 'alpine' && use.tag
            ? stepTo(family, name, use.tag.replace(/-alpine[0-9.]*/, ''), 'slim')
            : null;
        return { slim };
    },
    check(context, { slim }) {
        const { use } = context;
        if (use.stageIndex === -1)
            return null;
        // none of the signs' words in a RUN of this stage or of those built FROM it: nothing to read further
        if (!context.runsMention(SIGN_WORDS, use.stageIndex))
            return null;
        const signs = [...new Set(context.runSigns(GLIBC_SIGNS, use.stageIndex))];
        if (signs.length === 0)
            return null;
        return {
            message: `${context.display} is musl-based, and the stage ${listOf(signs)}; ` +
                (slim
                    ? `use ${slim.reference} (glibc) instead`
                    : 'use a glibc (Debian or Ubuntu based) image instead'),
            replace: slim ? { reference: slim.reference } : null,
        };
    },
};

const digestOutdated = {
    kind: 'image',
    scope: 'image',
    id: 'digest-outdated',
    severity: 'notice',
    description: 'The pinned digest is no longer what its tag points to (registry look-ups on).',
    help: {
        text: 'The tag has moved on, usually to a rebuild with security fixes, and the pin still holds the old image. ' +
            'Move the pin to the current digest (`base-image-policy fix --pin`). A pin to one platform image of the ' +
            "tag's multi-platform index counts as current.",
        bad: 'FROM python:3.12-slim@sha256:<an older digest>',
        good: 'FROM python:3.12-slim@sha256:<the digest the tag points to now>',
    },
    check({ use, display, digests }) {
        if (use.status !== 'resolved' || use.digest === null || !digests)
            return null;
        const key = tagKey(use);
        const fact = key ? digests.get(key) : undefined;
        if (!fact || fact.current === use.digest || fact.platforms.includes(use.digest))
            return null;
        const repinned = `${display.slice(0, display.lastIndexOf('@'))}@${fact.current}`;
        return {
            message: `${display}: the tag ${use.tag} now points to ${fact.current}`,
            replace: { reference: repinned, safe: true, pin: true },
        };
    },
};

// Every rule, in the order reports list them.
const RULES = [
    registryNotAllowed,
    imageNotApproved,
    tagNotApproved,
    digestNotApproved,
    imageDenied,
    digestRequired,
    latestTag,
    unresolvedImage,
    invalidImage,
    exceptionExpired,
    eolImage,
    unofficialImage,
    fileNotScanned,
    lockedSetting,
    ignoreCommentInvalid,
    suggestSlim,
    suggestDistroless,
    suggestScratch,
    alpineMusl,
    digestOutdated,
];
const IMAGE_RULES = RULES.filter((r) => r.kind === 'image');
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
const DEFAULT_SEVERITIES = new Map(RULES.map((r) => [r.id, r.severity]));

// evaluate: every image of a scanned file judged by every rule, at the severities the policy sets; then the
// policy's exceptions and (when it allows them) inline ignore comments take out what they cover.
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/** The severity a rule has under a policy, or 'off'. */
function severityOf(ruleId, policy) {
    const set = policy.severities.get(ruleId);
    if (ruleId === 'latest-tag' && policy.settings.allowLatest)
        return 'off';
    if (set !== undefined)
        return set;
    if (ruleId === 'digest-required')
        return policy.settings.requireDigest ? 'error' : 'warning';
    return RULES_BY_ID.get(ruleId)?.severity ?? 'error';
}
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** The stages whose content ends up in the shipped image: the last stage and every stage it is built FROM. */
function shippedStages(stages) {
    const shipped = new Set();
    let current = stages.length - 1;
    while (current >= 0 && !shipped.has(current)) {
        shipped.add(current);
        current = stages[current]?.baseStage ?? -1;
    }
    return shipped;
}
function displayOf(use) {
    if (use.status === 'scratch')
        return 'scratch';
    return use.image ? familiar(use.image) : use.raw;
}
function exceptionCovers(exception, rule, path, use) {
    if (exception.rules !== null && !exception.rules.includes(rule))
        return false;
    if (exception.matchFile !== null && !exception.matchFile(path))
        return false;
    if (exception.image !== null) {
        if (use === null)
            return false;
        if (!entryNames({ image: exception.image, where: exception.where }, use))
            return false;
        if (exception.image.matchTag !== null) {
            const tag = use.tag ?? (use.digest === null ? 'latest' : null);
            if (tag === null || !exception.image.matchTag(tag))
                return false;
        }
    }
    return true;
}
const activeRulesCache = new WeakMap();
/** The rules a policy leaves on, with their severities: worked out once per policy, not per image. */
function activeRules(policy, rules) {
    let byList = activeRulesCache.get(policy);
    if (!byList)
        activeRulesCache.set(policy, (byList = new Map()));
    let active = byList.get(rules);
    if (!active) {
        active = { rules: [], notScanned: severityOf('file-not-scanned', policy) };
        for (const rule of rules) {
            const severity = severityOf(rule.id, policy);
            if (severity !== 'off')
                active.rules.push({ rule, severity });
        }
        byList.set(rules, active);
    }
    return active;
}
/**
 * The image-scope rules' verdicts and what the file-scope rules prepare, kept by reference for one scan: most files
 * name the same few images, so each distinct reference is judged once. Verdicts hold for one policy, catalog, day
 * and set of digest facts; given others, the cache starts again.
 */
class VerdictCache {
    /** by the reference as written, then by the rest of ImageRef and whether the image ships */
    byRaw = new Map();
    size = 0;
    basis = null;
    /** Starts a file: verdicts kept for other rules or options are dropped. */
    start(rules, options) {
        const basis = this.basis;
        if (basis === null ||
            basis.rules !== rules ||
            basis.policy !== options.policy ||
            basis.catalog !== options.catalog ||
            basis.today !== options.today ||
            basis.digests !== options.digests ||
            this.size >= MAX_VERDICTS) {
            this.byRaw.clear();
            this.size = 0;
            const { policy, catalog, today, digests } = options;
            this.basis = { rules, policy, catalog, today, digests };
        }
    }
    get(use, ships) {
        const verdicts = this.byRaw.get(use.raw);
        if (verdicts === undefined)
            return undefined;
        for (let i = 0; i < verdicts.length; i++) {
            const v = verdicts[i];
            if (v.ships === ships && sameReference(v.use, use))
                return v;
        }
        return undefined;
    }
    /** `use`: the reference as `keptReference` copies it. */
    set(use, ships, judged) {
        const verdict = { use, ships, ...judged };
        const verdicts = this.byRaw.get(use.raw);
        if (verdicts === undefined)
            this.byRaw.set(use.raw, [verdict]);
        else
            verdicts.push(verdict);
        this.size++;
        return verdict;
    }
}
/** Every field a rule can read (ImageRef) is the same: nothing else goes into a verdict. */
function sameReference(a, b) {
    return (a.kind === b.kind &&
        a.status === b.status &&
        a.image === b.image &&
        a.registry === b.registry &&
        a.repository === b.repository &&
        a.tag === b.tag &&
        a.digest === b.digest &&
        a.error === b.error);
}
// a bound, so that a scan of many distinct references cannot grow the cache without end
const MAX_VERDICTS = 10_000;
/** What an image-scope rule (and a ladder rule's `prepare`) is given about an image. */
function factsOf(use, ships, options) {
    const { policy, catalog, today, digests } = options;
    return { use, name: nameOf(use), display: displayOf(use), ships, policy, catalog, today, digests };
}
/**
 * The image-scope rules' verdicts on a reference not judged before, and what the file-scope rules prepare for it,
 * kept. A function of its own, called seldom: the verdicts live as long as the scan, and the engine's choice of where
 * to allocate such long-lived records would otherwise make it compile the whole of evaluateFile again.
 */
function judgeReference(use, ships, rules, options, verdicts) {
    // the verdict outlives the file: it is worked out from a copy of the reference that shares nothing with the text
    const imageFacts = factsOf(keptReference(use), ships, options);
    // only what applies is kept: most images draw two or three findings from some sixteen rules
    const steps = [];
    for (let i = 0; i < rules.rules.length; i++) {
        const { rule, severity } = rules.rules[i];
        if (rule.scope === 'image') {
            const hit = rule.check(imageFacts);
            if (hit)
                steps.push({ rule, severity, hit, check: null, ready: null });
        }
        else {
            const ready = rule.prepare(imageFacts);
            if (ready !== null)
                steps.push({ rule, severity, hit: null, check: rule, ready });
        }
    }
    return verdicts.set(imageFacts.use, ships, {
        display: imageFacts.display,
        steps: steps.length > 0 ? steps : null,
    });
}
/**
 * The reference of a use alone (not where the file has it), in strings that do not keep the file's text: the parsed
 * parts are the parser's own copies already (and, being the same strings file after file, compare at once).
 */
function keptReference(use) {
    const { kind, status, image, registry, repository, tag, digest } = use;
    return {
        kind,
        raw: detached(use.raw),
        status,
        image,
        registry,
        repository,
        tag,
        digest,
        error: detachedOrNull(use.error),
    };
}
/** Judge one scanned file. */
function evaluateFile(file, options) {
    const { policy, today } = options;
    // the findings, and the image each is about (null for the file itself)
    const findings = [];
    const about = [];
    const rules = activeRules(policy, options.rules ?? IMAGE_RULES);
    const notScanned = rules.notScanned;
    if (file.problem && notScanned !== 'off') {
        const message = `${file.path} was not scanned: ${file.problem.message}`;
        const top = { line: 1, column: 1, endLine: 1, endColumn: 1 };
        findings.push(findingAt(file.path, 'file-not-scanned', notScanned, top, message));
        about.push(null);
    }
    const shipped = shippedStages(file.stages);
    const verdicts = options.verdicts ?? new VerdictCache();
    verdicts.start(rules, options);
    let facts = null;
    const stageFacts = () => (facts ??= analyzeStages(file));
    // a rule may ask about several images of a file: the last answer is kept
    let runWords = null;
    const runsMentionOf = (pattern, stage) => {
        if (runWords === null || runWords.pattern !== pattern || runWords.stage !== stage)
            runWords = { pattern, stage, found: runsMention(file, pattern, stage) };
        return runWords.found;
    };
    const runSignsOf = (signs, stage) => runSigns(file, signs, stage);
    let keywords = null;
    const keywordsOf = () => (keywords ??= shippedKeywords(file, shipped));
    const found = (use, rule, severity, hit) => {
        const suggestion = hit.replace ? suggestionFor(file.text, use, hit.replace) : null;
        const finding = findingAt(file.path, rule.id, severity, use, hit.message, use.image, suggestion);
        findings.push(finding);
        about.push(use);
    };
    // counted loops, here and in the scan's other per-file loops: a for-of loop runs the array iterator's steps until
    // the engine compiles it, and compiles to more code, which a scan pays for on every run
    const images = file.images;
    for (let i = 0; i < images.length; i++) {
        const use = images[i];
        const ships = shipped.has(use.stageIndex);
        const verdict = verdicts.get(use, ships) ?? judgeReference(use, ships, rules, options, verdicts);
        if (verdict.steps === null)
            continue;
        let context = null;
        const steps = verdict.steps;
        for (let s = 0; s < steps.length; s++) {
            const step = steps[s];
            if (step.check === null) {
                found(use, step.rule, step.severity, step.hit);
                continue;
            }
            context ??= {
                use,
                display: verdict.display,
                text: file.text ?? '',
                runsMention: runsMentionOf,
                runSigns: runSignsOf,
                stages: file.stages,
                facts: stageFacts,
                keywords: keywordsOf,
                shipped,
            };
            const hit = step.check.check(context, step.ready);
            if (hit)
                found(use, step.rule, step.severity, hit);
        }
    }
    if (policy.exceptions.length === 0 && file.ignores.length === 0)
        return sortFindings(findings);
    // exceptions: an unexpired one that covers a finding takes it out; an expired one is a finding of its own
    const kept = [];
    const expired = [];
    const expiredReported = new Set();
    for (let i = 0; i < findings.length; i++) {
        const finding = findings[i];
        const use = about[i];
        const covering = policy.exceptions.filter((e) => exceptionCovers(e, finding.rule, file.path, use));
        if (covering.some((e) => e.expires === null || e.expires >= today))
            continue;
        kept.push(finding);
        for (const e of covering) {
            const key = `${e.where.file}:${e.where.line}:${finding.line}:${finding.column}`;
            if (expiredReported.has(key))
                continue;
            expiredReported.add(key);
            const severity = severityOf('exception-expired', policy);
            if (severity === 'off')
                continue;
            expired.push({
                ...finding,
                rule: 'exception-expired',
                severity,
                message: `the exception at ${e.where.file}:${e.where.line} (${e.reason}) expired on ${e.expires}; it no longer covers ${use ? displayOf(use) : file.path}`,
                suggestion: null,
            });
        }
    }
    return sortFindings(applyIgnores(file, [...kept, ...expired], policy));
}
// findings about the policy, files and exceptions cannot be ignored from inside a Dockerfile
const UNIGNORABLE = new Set([
    'exception-expired',
    'file-not-scanned',
    'locked-setting',
    'ignore-comment-invalid',
]);
/** Inline ignore comments: those that count take out the findings they name on the next instruction. */
function applyIgnores(file, findings, policy) {
    if (file.ignores.length === 0)
        return findings;
    const invalid = [];
    const report = (span, message) => {
        const severity = severityOf('ignore-comment-invalid', policy);
        if (severity === 'off')
            return;
        invalid.push(findingAt(file.path, 'ignore-comment-invalid', severity, span, message));
    };
    const counting = [];
    for (const ignore of file.ignores) {
        const unknown = ignore.rules.filter((r) => !RULES_BY_ID.has(r));
        if (!policy.settings.inlineIgnores) {
            report(ignore, 'the policy does not allow inline ignores (settings: inline-ignores), so this comment has no effect');
        }
        else if (ignore.rules.length === 0) {
            report(ignore, 'the ignore comment names no rule: write ignore=RULE[,RULE] reason="why"');
        }
        else if (unknown.length > 0) {
            report(ignore, `the ignore comment names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
        }
        else if (ignore.reason === null) {
            report(ignore, 'the ignore comment has no reason, so it does not count: add reason="why"');
        }
        else if (ignore.target === null) {
            report(ignore, 'no instruction follows the ignore comment');
        }
        else {
            counting.push(ignore);
        }
    }
    const left = findings.filter((finding) => UNIGNORABLE.has(finding.rule) ||
        !counting.some((i) => i.rules.includes(finding.rule) &&
            i.target !== null &&
            finding.line >= i.target.line &&
            finding.line <= i.target.endLine));
    return [...left, ...invalid];
}
/** A finding at a place (only the place is taken from `span`). */
function findingAt(path, rule, severity, span, message, image = null, suggestion = null) {
    const { line, column, endLine, endColumn } = span;
    return { rule, severity, path, line, column, endLine, endColumn, image, message, suggestion };
}
function compareFindings(a, b) {
    return ((a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
function sortFindings(findings) {
    if (findings.length > 16)
        return findings.sort(compareFindings);
    // a file has a few findings, nearly in order: sorted in place by insertion (stable, as the built-in sort is), which
    // spares the built-in sort's copy of the list for each file
    for (let i = 1; i < findings.length; i++) {
        const finding = findings[i];
        let j = i;
        for (; j > 0 && compareFindings(findings[j - 1], finding) > 0; j--)
            findings[j] = findings[j - 1];
        findings[j] = finding;
    }
    return findings;
}
/** Findings about the policy itself: a child policy loosening what its parent locked. */
function policyFindings(policy) {
    const out = [];
    for (const problem of policy.problems) {
        const severity = severityOf(problem.rule, policy);
        if (severity === 'off')
            continue;
        out.push(findingAt(problem.where.file, problem.rule, severity, problem.where, problem.message));
    }
    return out;
}

class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

// Dockerfile word expansion, ported from BuildKit's shell lexer (moby/buildkit
// frontend/dockerfile/shell/lex.go, ProcessWordWithMatches) for the unix platform.
// BuildKit is the reference: where it differs from a real shell (no bracket expressions in
// patterns, `*`/`?` not matching a newline, `$0` in a `//` replacement), this follows BuildKit.
class ExpansionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'ExpansionError';
    }
}
const NEWLINE = 10;
const DQUOTE = 34;
const DOLLAR = 36;
const PERCENT = 37;
const SQUOTE = 39;
const STAR = 42;
const PLUS = 43;
const MINUS = 45;
const SLASH = 47;
const COLON = 58;
const QUESTION = 63;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const LBRACE = 123;
const RBRACE = 125;
const HASH = 35;
const BOM = 0xfeff;
const EOF = -1;
/** The code point at `i`, or EOF past the end (checked first: reading past the end costs the compiled code). */
function codeAt(s, i) {
    return i < s.length ? s.codePointAt(i) : EOF;
}
// POSIX special parameters (BuildKit's isSpecialParam); '0' is caught by the digit rule first.
const SPECIAL_PARAMS = new Set([0x40, STAR, HASH, QUESTION, MINUS, DOLLAR, 0x21, 0x30]);
// Pattern atom for `?`; literal atoms are code points, so they are never negative.
const ANY = -1;
// Cap on pattern-matching work per word (atom comparisons): hostile input fails fast instead of
// spinning. Real FROM lines use a few hundred at most.
const MATCH_BUDGET = 20_000_000;
// Go's unicode.IsLetter / unicode.IsDigit, which BuildKit uses for names.
const isLetter = (cp) => (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp > 127 && /\p{L}/u.test(String.fromCodePoint(cp)));
const isDigit = (cp) => (cp >= 48 && cp <= 57) || (cp > 127 && /\p{Nd}/u.test(String.fromCodePoint(cp)));
const isNameChar = (cp) => isLetter(cp) || isDigit(cp) || cp === UNDERSCORE;
function expandWord(word, lookup, escapeToken = '\\') {
    const esc = escapeToken.charCodeAt(0);
    // most words hold nothing the lexer changes: no variable, quote, escape or leading byte-order mark
    if (isPlain(word, esc))
        return { value: word, matched: [], unmatched: [] };
    const lexer = new Lexer(word, lookup, esc);
    const value = lexer.word(EOF, false, 0);
    return { value, matched: [...lexer.matched], unmatched: [...lexer.unmatched] };
}
function isPlain(word, esc) {
    if (word.charCodeAt(0) === BOM)
        return false;
    for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c === DOLLAR || c === SQUOTE || c === DQUOTE || c === esc)
            return false;
    }
    return true;
}
function containsVariable(word, escapeToken = '\\') {
    const esc = escapeToken.charCodeAt(0);
    let inDouble = false;
    for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c === DOLLAR) {
            const next = word.codePointAt(i + 1);
            if (next !== undefined && (next === LBRACE || isNameChar(next) || SPECIAL_PARAMS.has(next)))
                return true;
        }
        else if (c === esc) {
            // Inside double quotes the escape only protects `"`, `$` and itself.
            const next = word.charCodeAt(i + 1);
            if (!inDouble || next === DQUOTE || next === DOLLAR || next === esc)
                i++;
        }
        else if (c === DQUOTE) {
            inDouble = !inDouble;
        }
        else if (c === SQUOTE && !inDouble) {
            const close = word.indexOf("'", i + 1);
            if (close < 0)
                return false;
            i = close;
        }
    }
    return false;
}
class Lexer {
    src;
    lookup;
    esc;
    pos;
    matched = new Set();
    unmatched = new Set();
    budget = { steps: MATCH_BUDGET };
    constructor(src, lookup, esc) {
        this.src = src;
        this.lookup = lookup;
        this.esc = esc;
        // Go's text/scanner silently skips a leading byte-order mark.
        this.pos = src.charCodeAt(0) === BOM ? 1 : 0;
    }
    // BuildKit's processStopOn. `raw` keeps escape characters (pattern and replacement text),
    // so the pattern compiler can see `\*`.
    word(stop, raw, open) {
        const s = this.src;
        let out = '';
        let run = this.pos;
        while (this.pos < s.length) {
            const c = s.charCodeAt(this.pos);
            if (c === stop) {
                out += s.slice(run, this.pos++);
                return out;
            }
            if (c === DOLLAR || c === SQUOTE || c === DQUOTE) {
                out += s.slice(run, this.pos);
                out += c === DOLLAR ? this.dollar() : c === SQUOTE ? this.singleQuoted() : this.doubleQuoted(raw);
                run = this.pos;
            }
            else if (c === this.esc) {
                // The escaped char is taken literally; a trailing lone escape is dropped.
                out += s.slice(run, raw ? this.pos + 1 : this.pos);
                run = ++this.pos;
                if (this.pos < s.length)
                    this.pos++;
            }
            else {
                this.pos++;
            }
        }
        out += s.slice(run, this.pos);
        if (stop !== EOF) {
            throw new ExpansionError(stop === RBRACE ? "syntax error: missing '}'" : "syntax error: missing '/' in ${}", open);
        }
        return out;
    }
    singleQuoted() {
        const open = this.pos;
        const close = this.src.indexOf("'", open + 1);
        if (close < 0)
            throw new ExpansionError('unexpected end of statement while looking for matching single-quote', open);
        this.pos = close + 1;
        return this.src.slice(open + 1, close);
    }
    doubleQuoted(raw) {
        const s = this.src;
        const open = this.pos++;
        let out = '';
        let run = this.pos;
        for (;;) {
            if (this.pos >= s.length) {
                throw new ExpansionError('unexpected end of statement while looking for matching double-quote', open);
            }
            const c = s.charCodeAt(this.pos);
            if (c === DQUOTE) {
                out += s.slice(run, this.pos++);
                return out;
            }
            if (c === DOLLAR) {
                out += s.slice(run, this.pos);
                out += this.dollar();
                run = this.pos;
                continue;
            }
            if (c === this.esc && this.pos + 1 < s.length) {
                const next = s.charCodeAt(this.pos + 1);
                if (next === DQUOTE || next === DOLLAR || next === this.esc) {
                    out += s.slice(run, raw ? this.pos + 1 : this.pos);
                    run = this.pos + 1;
                    this.pos += 2;
                    continue;
                }
                // Any other escape stays literal; in raw mode BuildKit writes it twice.
                if (raw) {
                    out += s.slice(run, this.pos + 1);
                    run = this.pos;
                }
            }
            this.pos++;
        }
    }
    // BuildKit's processName: a run of digits, one special parameter, or letters/digits/underscores.
    name() {
        const s = this.src;
        const start = this.pos;
        const first = s.codePointAt(start);
        if (first === undefined)
            return '';
        if (isDigit(first)) {
            for (let cp = first; isDigit(cp); cp = codeAt(s, this.pos))
                this.pos += cp > 0xffff ? 2 : 1;
            return s.slice(start, this.pos);
        }
        if (SPECIAL_PARAMS.has(first))
            return s[this.pos++];
        for (let cp = first; isNameChar(cp); cp = codeAt(s, this.pos))
            this.pos += cp > 0xffff ? 2 : 1;
        return s.slice(start, this.pos);
    }
    // Positional and special parameters have no value in a Dockerfile, so they are never looked up.
    get(name) {
        const first = name.codePointAt(0);
        if (first === undefined || isDigit(first) || SPECIAL_PARAMS.has(first))
            return undefined;
        const value = this.lookup(name);
        (value === undefined ? this.unmatched : this.matched).add(name);
        return value;
    }
    dollar() {
        const s = this.src;
        const start = this.pos++;
        if (s.charCodeAt(this.pos) !== LBRACE) {
            const name = this.name();
            return name === '' ? '$' : (this.get(name) ?? '');
        }
        this.pos++;
        const first = s.charCodeAt(this.pos);
        if (first === LBRACE || first === RBRACE || first === COLON) {
            throw new ExpansionError('syntax error: bad substitution', start);
        }
        const name = this.name();
        if (this.pos >= s.length)
            throw new ExpansionError("syntax error: missing '}'", start);
        let opAt = this.pos++;
        let op = s.charCodeAt(opAt);
        if (op === RBRACE)
            return this.get(name) ?? '';
        if (op === SLASH)
            return this.replace(name, start);
        const unsupported = () => new ExpansionError(`unsupported modifier (${s.slice(start + 2 + name.length, opAt + 1)}) in substitution`, opAt);
        const nullIsUnset = op === COLON;
        if (nullIsUnset) {
            opAt = this.pos++;
            op = s.charCodeAt(opAt);
        }
        else if (op !== PLUS && op !== MINUS && op !== QUESTION && op !== HASH && op !== PERCENT) {
            throw unsupported();
        }
        const trim = op === HASH || op === PERCENT;
        if (nullIsUnset && trim)
            throw unsupported();
        // BuildKit expands the word (and looks up its variables) before looking at the operator.
        let word = this.word(RBRACE, trim, start);
        const value = this.get(name);
        const unset = value === undefined || (nullIsUnset && value === '');
        switch (op) {
            case MINUS:
                return unset ? word : (value ?? '');
            case PLUS:
                return unset ? '' : word;
            case QUESTION:
                if (unset) {
                    const why = value === undefined ? 'is not allowed to be unset' : 'is not allowed to be empty';
                    throw new ExpansionError(`${name}: ${word !== '' ? word : why}`, start);
                }
                return value ?? '';
            case HASH:
            case PERCENT: {
                // A doubled operator (after expansion, as BuildKit checks it) asks for the longest match.
                const greedy = word.charCodeAt(0) === op;
                if (greedy)
                    word = word.slice(1);
                return this.trim(word, value ?? '', op === PERCENT, greedy, start);
            }
            default:
                throw unsupported();
        }
    }
    trim(pattern, value, suffix, longest, at) {
        // As BuildKit does, a suffix match is a prefix match of the reversed pattern on the reversed value.
        const segs = compilePattern(suffix ? reversePattern(codePoints(pattern)) : codePoints(pattern), pattern, at);
        const { cps, offsets } = decode$1(value);
        if (suffix)
            cps.reverse();
        const end = new Matcher(cps, segs, this.budget, at).prefix(0, longest);
        if (end < 0)
            return value;
        return suffix ? value.slice(0, offsets[cps.length - end]) : value.slice(offsets[end]);
    }
    replace(name, start) {
        const all = this.src.charCodeAt(this.pos) === SLASH;
        if (all)
            this.pos++;
        const pattern = this.word(SLASH, true, start);
        const replacement = this.word(RBRACE, true, start);
        const value = this.get(name) ?? '';
        const segs = compilePattern(codePoints(pattern), pattern, start);
        const { cps, offsets } = decode$1(value);
        const matcher = new Matcher(cps, segs, this.budget, start);
        if (!all) {
            const m = matcher.find(0);
            return m ? value.slice(0, offsets[m[0]]) + replacement + value.slice(offsets[m[1]]) : value;
        }
        // Go's Regexp.ReplaceAllString: an empty match right after a match is skipped, and the
        // replacement is a template (see expandTemplate).
        let out = '';
        let last = 0;
        for (let from = 0; from <= cps.length;) {
            const m = matcher.find(from);
            if (!m)
                break;
            const [a, b] = m;
            out += value.slice(offsets[last], offsets[a]);
            if (b > last || a === 0)
                out += expandTemplate(replacement, value.slice(offsets[a], offsets[b]));
            last = b;
            from = from + 1 > b ? from + 1 : b;
        }
        return out + value.slice(offsets[last]);
    }
}
function codePoints(s) {
    return decode$1(s).cps;
}
// Code points of `s`, and the UTF-16 offset of each (plus the end) for slicing the original.
function decode$1(s) {
    const cps = new Int32Array(s.length);
    const offsets = new Int32Array(s.length + 1);
    let n = 0;
    for (let i = 0; i < s.length; n++) {
        const cp = s.codePointAt(i) ?? 0;
        cps[n] = cp;
        offsets[n] = i;
        i += cp > 0xffff ? 2 : 1;
    }
    offsets[n] = s.length;
    return { cps: cps.subarray(0, n), offsets };
}
// BuildKit's reversePattern: reverses the pattern but keeps each `\x` pair in order.
function reversePattern(p) {
    const out = new Int32Array(p.length);
    const last = p.length - 1;
    for (let i = 0; i <= last;) {
        if (p[i] === BACKSLASH && i !== last) {
            out[last - i - 1] = BACKSLASH;
            out[last - i] = p[i + 1];
            i += 2;
        }
        else {
            out[last - i] = p[i++];
        }
    }
    return out;
}
// BuildKit's convertShellPatternToRegex, producing the fixed-length segments between stars instead
// of a regular expression. `[` is literal: BuildKit does not support bracket expressions.
function compilePattern(p, source, at) {
    const segs = [[]];
    let cur = segs[0];
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === STAR) {
            // Consecutive stars are one star; an empty head still marks a leading star.
            if (cur.length > 0 || segs.length === 1)
                segs.push((cur = []));
        }
        else if (c === QUESTION) {
            cur.push(ANY);
        }
        else if (c === BACKSLASH) {
            const next = i + 1 < p.length ? p[i + 1] : EOF;
            // `\}` and `\/` only protect the ${} syntax; the escape is not part of the pattern.
            if (next === RBRACE || next === SLASH)
                continue;
            if (next !== STAR && next !== QUESTION && next !== BACKSLASH) {
                const bad = next === EOF ? '' : String.fromCodePoint(next);
                throw new ExpansionError(`invalid pattern (${source}) in substitution: invalid escape '\\${bad}'`, at);
            }
            cur.push(next);
            i++;
        }
        else {
            cur.push(c);
        }
    }
    return segs;
}
// Matches a compiled pattern against code points with Go regexp semantics: `*` and `?` do not
// match a newline, `*` is lazy or greedy, and a search finds the leftmost start. Each segment is
// placed at its earliest possible position, which is optimal for glob patterns, so there is no
// backtracking; the work is roughly linear, and capped by the budget regardless.
class Matcher {
    text;
    segs;
    budget;
    at;
    nlFrom = 1;
    nl = 0;
    constructor(text, segs, budget, at) {
        this.text = text;
        this.segs = segs;
        this.budget = budget;
        this.at = at;
    }
    // Index of the first newline at or after `from` (or the end): the farthest a star can reach.
    lineEnd(from) {
        if (from < this.nlFrom || from > this.nl) {
            const i = this.text.indexOf(NEWLINE, from);
            this.nlFrom = from;
            this.nl = i < 0 ? this.text.length : i;
        }
        return this.nl;
    }
    matchAt(seg, p) {
        const t = this.text;
        let ok = p + seg.length <= t.length;
        let i = 0;
        for (; ok && i < seg.length; i++) {
            const a = seg[i];
            ok = a === ANY ? t[p + i] !== NEWLINE : t[p + i] === a;
        }
        if ((this.budget.steps -= i + 1) < 0)
            throw new ExpansionError('pattern too expensive to match', this.at);
        return ok;
    }
    first(seg, from) {
        for (let p = from, last = this.lineEnd(from); p <= last; p++)
            if (this.matchAt(seg, p))
                return p;
        return -1;
    }
    lastOf(seg, from) {
        for (let p = this.lineEnd(from); p >= from; p--)
            if (this.matchAt(seg, p))
                return p;
        return -1;
    }
    // End of the shortest (or longest) match anchored at `start`, or -1.
    prefix(start, longest) {
        const segs = this.segs;
        if (!this.matchAt(segs[0], start))
            return -1;
        let end = start + segs[0].length;
        if (segs.length === 1)
            return end;
        for (let i = 1; i < segs.length - 1; i++) {
            const p = this.first(segs[i], end);
            if (p < 0)
                return -1;
            end = p + segs[i].length;
        }
        const tail = segs[segs.length - 1];
        const p = longest ? this.lastOf(tail, end) : this.first(tail, end);
        return p < 0 ? -1 : p + tail.length;
    }
    // Leftmost match starting at or after `from`, longest at that start (greedy stars).
    find(from) {
        const head = this.segs[0];
        for (let s = from; s + head.length <= this.text.length;) {
            if (!this.matchAt(head, s)) {
                s++;
                continue;
            }
            const end = this.prefix(s, true);
            if (end >= 0)
                return [s, end];
            // What follows the head found no room up to the end of this line; a later start in the
            // same line has less room, so resume where the head would end past the newline.
            s = Math.max(s + 1, this.lineEnd(s + head.length) - head.length + 1);
        }
        return undefined;
    }
}
// Go's Regexp.Expand on a template, as ReplaceAllString applies it: `$$` is `$`, `$0`/`${0}` is
// the match, any other `$name`/`${name}` is empty (patterns have no groups), a malformed one is literal.
function expandTemplate(tpl, match) {
    let i = tpl.indexOf('$');
    if (i < 0)
        return tpl;
    let out = '';
    let run = 0;
    for (; i >= 0; i = tpl.indexOf('$', run)) {
        out += tpl.slice(run, i);
        let j = i + 1;
        if (tpl.charCodeAt(j) === DOLLAR) {
            out += '$';
            run = j + 1;
            continue;
        }
        const brace = tpl.charCodeAt(j) === LBRACE;
        if (brace)
            j++;
        const nameStart = j;
        for (let cp = codeAt(tpl, j); isNameChar(cp); cp = codeAt(tpl, j)) {
            j += cp > 0xffff ? 2 : 1;
        }
        if (j === nameStart || (brace && tpl.charCodeAt(j) !== RBRACE)) {
            out += '$';
            run = i + 1;
            continue;
        }
        if (tpl.slice(nameStart, j) === '0')
            out += match;
        run = brace ? j + 1 : j;
    }
    return out + tpl.slice(run);
}

// Parser directives as the builder reads them. Two readers, because the builder has two:
// - the escape character (`# escape=`), read by the parser: only at the very top of the file, each line
//   left-trimmed; the first line that is not a known directive (a comment, a blank line, an instruction, an
//   unknown key) ends them;
// - the frontend image (`# syntax=`), read by the frontend selection, which looks harder: it skips a `#!` first
//   line, takes lines as they are (not left-trimmed), falls back to `// syntax=` lines and then to a file that is
//   a JSON object with a "syntax" key. The image it names is pulled and runs the build, so it is judged like any
//   other.
// Both match keys and values with Go's `\s`, which takes a form feed and a CR for white space.
const KNOWN = new Set(['syntax', 'escape', 'check']);
// Go's \s is [\t\n\f\r ]; Go's `.` is anything but \n
const S = '[\\t\\n\\f\\r ]';
const DIRECTIVE = (comment) => new RegExp(`^${comment}${S}*([a-zA-Z][a-zA-Z0-9]*)${S}*=${S}*([^\\n]+?)${S}*$`, 'd');
const HASH_DIRECTIVE = DIRECTIVE('#');
const SLASH_DIRECTIVE = DIRECTIVE('//');
/**
 * The lines from `from` on, split at LF, one at a time (directives are read only at the top, so most files need
 * one or two). `trimAllCr`: drop every CR at the end (the parser), else one (Go's line scanner).
 */
function* linesOf(text, from, trimAllCr) {
    let pos = from;
    while (pos < text.length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = text.length;
        const end = trimAllCr ? trimNewline(text, pos, eol) : eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
        yield { start: pos, end };
        pos = eol + 1;
    }
}
/** The directives at the top of `lines` as one reader sees them: key, value and where the value is. */
function scan$1(text, lines, pattern, leftTrim) {
    const found = [];
    for (const line of lines) {
        let start = line.start;
        if (leftTrim)
            while (start < line.end && isGoSpace(text.charCodeAt(start)))
                start++;
        const content = text.slice(start, line.end);
        const match = pattern.exec(content);
        if (!match)
            break;
        const key = match[1].toLowerCase();
        if (!KNOWN.has(key))
            break;
        found.push({ key, value: match[2], valueStart: start + (match.indices?.[2]?.[0] ?? 0), line });
    }
    return found;
}
/** No directives: the default escape character. */
function none() {
    return { list: [], escape: '\\', problems: [] };
}
function parseDirectives(text) {
    // no comment before the first instruction, no JSON: no directive (most files); `//` needs a `/`
    // eslint-disable-next-line no-control-regex -- these control characters are what is looked for
    const first = text.search(/[^\t\n\f\r \u000b\u0085\u00a0]/);
    if (first === -1 || (text[first] !== '#' && text[first] !== '/' && text[first] !== '{'))
        return none();
    // both readers stop at the first line that is no directive, and a directive holds `=`: a file that opens with a
    // comment line without one (a licence header, say) has none, unless that line is a `#!` the frontend skips
    if (text[first] === '#' && !text.startsWith('#!')) {
        const eol = text.indexOf('\n');
        const equals = text.indexOf('=');
        if (equals === -1 || (eol !== -1 && equals > eol))
            return none();
    }
    const list = [];
    const problems = [];
    let escape = '\\';
    // the parser: the escape character, and a repeated directive, which fails the build
    const seen = new Set();
    for (const d of scan$1(text, linesOf(text, 0, true), HASH_DIRECTIVE, true)) {
        if (seen.has(d.key)) {
            problems.push({ offset: d.valueStart, message: `only one ${d.key} parser directive can be used` });
            break;
        }
        seen.add(d.key);
        if (d.key === 'escape') {
            if (d.value === '`' || d.value === '\\')
                escape = d.value;
            else
                problems.push({
                    offset: d.valueStart,
                    message: `invalid escape token '${d.value}': expected \` or \\`,
                });
        }
        if (d.key !== 'syntax')
            list.push(directive(d.key, d.value, d.valueStart, d.line));
    }
    const syntax = syntaxDirective(text);
    if (syntax)
        list.unshift(syntax);
    return { list, escape, problems };
}
function directive(key, value, valueStart, line) {
    return {
        key,
        value,
        valueStart,
        valueEnd: valueStart + value.length,
        lineStart: line.start,
        lineEnd: line.end,
    };
}
/** The frontend image, found as the builder's frontend selection finds it. */
function syntaxDirective(text) {
    let from = 0;
    if (text.startsWith('#!')) {
        const eol = text.indexOf('\n');
        from = eol === -1 ? text.length : eol + 1;
    }
    for (const pattern of [HASH_DIRECTIVE, SLASH_DIRECTIVE]) {
        const lines = linesOf(text, from, false);
        const found = scan$1(text, lines, pattern, false).find((d) => d.key === 'syntax');
        if (found) {
            const image = found.value.split(' ')[0];
            return directive('syntax', image, found.valueStart, found.line);
        }
    }
    // a file that is a JSON object with a "syntax" string
    const rest = text.slice(from);
    if (!rest.trimStart().startsWith('{'))
        return null;
    let value;
    try {
        value = JSON.parse(rest)?.syntax;
    }
    catch {
        return null;
    }
    if (typeof value !== 'string')
        return null;
    const quoted = JSON.stringify(value);
    const at = text.indexOf(quoted, from);
    const valueStart = at === -1 ? from : at + 1;
    const eol = text.indexOf('\n', valueStart);
    return {
        key: 'syntax',
        value,
        valueStart,
        valueEnd: at === -1 ? valueStart : valueStart + value.length,
        lineStart: text.lastIndexOf('\n', valueStart) + 1,
        lineEnd: eol === -1 ? text.length : eol,
    };
}

// The instructions of a Dockerfile: keyword, where it starts, where its keyword ends, where it ends. Read as the
// builder's own parser reads them, line by line: lines end at LF only, comments and blank lines inside a
// continuation are skipped, a line continues only when its last escape character is not itself escaped, and the
// heredoc bodies of ADD, COPY and RUN are found from the words the builder's shell lexer sees. A check that lets
// no image through must not read a Dockerfile otherwise than the builder does: dockerfile-ast differs on exactly
// these points (a lone CR, `\\\` at a line end, `<<` inside quotes or in JSON form, `<<\EOF`, `3<<EOF`), so it
// is kept only as a second opinion for the tests (second-opinion.ts).
/** The instructions of `text` (without a byte-order mark), as the builder's parser reads them. */
function splitInstructions(text, escape) {
    const spans = [];
    const length = text.length;
    let pos = 0;
    // the next `<<` at or after an instruction's keyword (the text's length when there is none): most files hold none,
    // so it is looked for again only once passed. Starting at -1 makes every file's first instruction look, so that
    // the search and the comparisons have run before the engine compiles this loop
    let heredocAt = -1;
    while (pos < length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = length;
        const lineEnd = trimNewline(text, pos, eol);
        // the first character that is not a blank; written so that the step runs on every line, indented or not (a
        // step first taken after the engine has compiled this loop makes it compile it again)
        let start = pos - 1;
        while (++start < lineEnd && isGoSpace(text.charCodeAt(start)))
            ;
        // a blank line, or a comment (directives are comments too)
        if (start === lineEnd || text[start] === '#') {
            pos = eol + 1;
            continue;
        }
        // the usual case: the keyword stands whole on the first line, and the text is joined only for heredocs
        const escapeAt = continuationAt(text, start, lineEnd, escape);
        const firstEnd = escapeAt === -1 ? lineEnd : escapeAt;
        let kw = start;
        while (kw < firstEnd && !isKeywordSpace(text.charCodeAt(kw)))
            kw++;
        if (escapeAt === -1 || kw < firstEnd) {
            const keyword = text.slice(start, kw).toUpperCase();
            const ends = escapeAt === -1 ? { end: lineEnd, next: eol + 1 } : logicalLine(text, start, escape, length, false);
            if (heredocAt < kw) {
                const next = text.indexOf('<<', kw);
                heredocAt = next === -1 ? length : next;
            }
            let bodies = null;
            if (heredocAt + 2 <= ends.end && HEREDOC_HOSTS.has(keyword)) {
                const line = logicalLine(text, start, escape);
                bodies = readHeredocs(text, heredocNames(keyword, line, kw - start), ends.next);
            }
            pos = bodies?.next ?? ends.next;
            spans.push({
                keyword,
                start,
                keywordEnd: kw,
                end: bodies?.end ?? ends.end,
                bodyStart: bodies?.start ?? -1,
            });
            continue;
        }
        const line = logicalLine(text, start, escape);
        pos = line.next;
        // the keyword: the builder trims the joined line, then splits at its white space; a keyword may run over a
        // continuation, and a first line holding only the escape character leaves the keyword to the next
        const { from, to: k } = keywordIn(line.text, 0);
        if (k === from)
            continue;
        const keyword = line.text.slice(from, k).toUpperCase();
        const bodies = HEREDOC_HOSTS.has(keyword)
            ? readHeredocs(text, heredocNames(keyword, line, k), pos)
            : null;
        if (bodies)
            pos = bodies.next;
        spans.push({
            keyword,
            start: line.offsets[from],
            keywordEnd: line.offsets[k - 1] + 1,
            end: bodies?.end ?? line.end,
            bodyStart: bodies?.start ?? -1,
        });
    }
    return spans;
}
/** ADD, COPY and RUN open heredocs, also as an ONBUILD trigger. */
const HEREDOC_HOSTS = new Set(['ADD', 'COPY', 'RUN', 'ONBUILD']);
/**
 * The bodies of the heredocs an instruction opened, from `pos` on: each runs to a line that is exactly its name
 * (after leading tabs, for <<-); null when it opened none. The instruction ends past them. (Worked out before the
 * instruction's record is made, so that records are never changed after: changed records cost the compiled code
 * a new start.)
 */
function readHeredocs(text, names, pos) {
    if (names.length === 0)
        return null;
    const length = text.length;
    const start = pos;
    let end = length;
    for (const { name, chomp } of names) {
        let found = false;
        while (pos < length) {
            let eol = text.indexOf('\n', pos);
            if (eol === -1)
                eol = length;
            let from = pos;
            const to = trimNewline(text, pos, eol);
            if (chomp)
                while (from < to && text[from] === '\t')
                    from++;
            pos = eol + 1;
            if (to - from === name.length && text.startsWith(name, from)) {
                end = to;
                found = true;
                break;
            }
        }
        // an unterminated heredoc fails the build; nothing after it is an instruction
        if (!found)
            return { start, end: length, next: length };
    }
    return { start, end, next: pos };
}
/**
 * Where the keyword of an instruction stands in `text` from `from` on, as the builder finds it (also the
 * instruction an ONBUILD holds): after white space, up to the white space that splits it from its arguments.
 */
function keywordIn(text, from) {
    while (from < text.length && isGoSpace(text.charCodeAt(from)))
        from++;
    let to = from;
    while (to < text.length && !isKeywordSpace(text.charCodeAt(to)))
        to++;
    return { from, to };
}
/** The builder splits the keyword from its arguments at these (its tokenWhitespace). */
function isKeywordSpace(code) {
    return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
}
const HEREDOC_COMMANDS = new Set(['ADD', 'COPY', 'RUN']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
/**
 * The heredocs an instruction opens, in order: only ADD, COPY and RUN (also as an ONBUILD trigger) in shell form.
 * Each word of the whole line, as the shell lexer splits it keeping quotes and escapes, that reads `[n]<<[-]name`
 * opens one; its terminator is the name with quotes and escapes removed.
 */
function heredocNames(keyword, line, keywordLength) {
    if (!line.text.includes('<<'))
        return [];
    let command = keyword;
    let from = keywordLength;
    if (keyword === 'ONBUILD') {
        const trigger = keywordIn(line.text, from);
        command = line.text.slice(trigger.from, trigger.to).toUpperCase();
        from = trigger.to;
    }
    if (!HEREDOC_COMMANDS.has(command))
        return [];
    // the JSON form has no heredocs
    // shaped as the logical lines the flags are otherwise read from
    const rest = {
        text: line.text.slice(from),
        offsets: line.offsets.slice(from),
        end: line.end,
        next: line.next,
    };
    const args = rest.text.slice(extractFlags(rest).rest).replace(/^\s+/, '');
    if (args.startsWith('[') && isJsonStringArray(args))
        return [];
    const words = shellWords(line.text, true);
    if (words === null)
        return [];
    const names = [];
    for (const word of words) {
        const match = HEREDOC_WORD.exec(word);
        if (!match || match[3] === '')
            continue;
        const name = shellWords(match[3], false);
        if (name !== null && name.length === 1)
            names.push({ name: name[0], chomp: match[2] === '-' });
    }
    return names;
}
function isJsonStringArray(text) {
    try {
        const value = JSON.parse(text);
        return Array.isArray(value) && value.every((v) => typeof v === 'string');
    }
    catch {
        return false;
    }
}
/**
 * Words as the builder's shell lexer splits them (escape character `\`, variables left as written): on white
 * space outside quotes. `raw` keeps quotes and escape characters in the words, as heredoc detection asks; without
 * it they are removed. Null when the lexer would fail (an unterminated quote, a bad `${`): then it finds no words.
 */
function shellWords(text, raw) {
    const words = [];
    let word = '';
    let inWord = false;
    const end = () => {
        if (inWord && word !== '')
            words.push(word);
        word = '';
        inWord = false;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close === -1)
                return null;
            word += raw ? text.slice(i, close + 1) : text.slice(i + 1, close);
            inWord = true;
            i = close;
        }
        else if (c === '"') {
            let j = i + 1;
            let content = '';
            for (; j < text.length && text[j] !== '"'; j++) {
                if (text[j] === '\\' && j + 1 < text.length && '"$\\'.includes(text[j + 1])) {
                    content += raw ? text.slice(j, j + 2) : text[j + 1];
                    j++;
                }
                else
                    content += text[j];
            }
            if (j >= text.length)
                return null;
            word += raw ? `"${content}"` : content;
            inWord = true;
            i = j;
        }
        else if (c === '$' && text[i + 1] === '{') {
            const close = text.indexOf('}', i + 2);
            if (close === -1 || close === i + 2 || '{:'.includes(text[i + 2]))
                return null;
            word += text.slice(i, close + 1);
            inWord = true;
            i = close;
        }
        else if (c === '\\') {
            if (i + 1 >= text.length)
                break;
            word += raw ? text.slice(i, i + 2) : text[i + 1];
            inWord = true;
            i++;
        }
        else if (isGoSpace(text.charCodeAt(i))) {
            end();
        }
        else {
            word += c;
            inWord = true;
        }
    }
    end();
    return words;
}

// extract: every image a Dockerfile pulls, resolved and located as the builder would see it.
// dockerfile-ast gives the structure (instructions, continuations, heredocs, comments); the arguments of the
// instructions that name images are re-read here with the builder's own tokenising and expansion rules.
const IGNORE_COMMENT = /^[ \t]*#[ \t]*base-image-policy[ \t]+ignore(?:=([^ \t\r\n]*))?([^\r\n]*)/gm;
const IGNORE_REASON = /\breason=(?:"([^"]*)"|'([^']*)'|([^ \t\r\n]+))/;
const DEFAULT_PLATFORM = { os: 'linux', arch: 'amd64', variant: '' };
const platformArgsCache = new Map();
/** The ARGs the builder defines before any FROM: the build and target platform. */
function platformArgs(platform = DEFAULT_PLATFORM) {
    const key = `${platform.os}/${platform.arch}/${platform.variant}`;
    const cached = platformArgsCache.get(key);
    if (cached)
        return cached;
    const spec = `${platform.os}/${platform.arch}${platform.variant ? `/${platform.variant}` : ''}`;
    const args = new Map();
    for (const prefix of ['BUILD', 'TARGET']) {
        args.set(`${prefix}PLATFORM`, spec);
        args.set(`${prefix}OS`, platform.os);
        args.set(`${prefix}ARCH`, platform.arch);
        args.set(`${prefix}VARIANT`, platform.variant);
    }
    platformArgsCache.set(key, args);
    return args;
}
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const MOUNT_FROM = /from/i;
class FileExtractor {
    options;
    lines;
    warnings = [];
    images = [];
    stages = [];
    /** global ARGs: name → value (undefined: declared without a value) */
    globals;
    /** the automatic platform ARGs, seen where no global ARG of the same name is declared */
    platform;
    /** the automatic TARGETSTAGE, worked out when first asked for: most files never name it */
    targetStage = null;
    lookup;
    declared = new Set();
    deferred = [];
    text;
    directives;
    instructions;
    constructor(parsed, options) {
        this.options = options;
        this.text = parsed.body;
        this.directives = parsed.directives;
        this.instructions = parsed.instructions;
        this.lines = new LineIndex(this.text);
        this.platform = platformArgs(options.platform);
        this.globals = new Map();
        // a bound method, not an arrow function: with an arrow function made here, every file's extractor (and so its
        // text) outlived the young collections until the next full one (17 MB copied per young collection on files of
        // 500 KB; __tests__/retention.test.ts)
        this.lookup = this.variable.bind(this);
    }
    /** A variable's value as the FROM lines see it. */
    variable(name) {
        return this.globals.has(name) ? this.globals.get(name) : this.automatic(name);
    }
    /**
     * An ARG the builder sets before the first FROM: a platform one, or TARGETSTAGE, the stage being built (the last
     * one unless the build names another with --target; `default` when it has no name).
     */
    automatic(name) {
        if (name !== 'TARGETSTAGE')
            return this.platform.get(name);
        if (this.targetStage === null) {
            this.targetStage = 'default';
            for (let i = this.instructions.length - 1; i >= 0; i--) {
                if (this.instructions[i].keyword !== 'FROM')
                    continue;
                const words = splitWhitespace(this.logical(this.instructions[i].keywordEnd));
                const n = words.length;
                if (n >= 3 && words[n - 2].text.toUpperCase() === 'AS')
                    this.targetStage = words[n - 1].text.toLowerCase();
                break;
            }
        }
        return this.targetStage;
    }
    run() {
        for (const problem of this.directives.problems)
            this.warn(problem.offset, problem.offset + 1, problem.message);
        this.syntaxDirective();
        for (const instruction of this.instructions)
            this.instruction(instruction);
        for (const run of this.deferred)
            run();
        if (this.deferred.length > 0)
            this.images.sort((a, b) => a.line - b.line || a.column - b.column);
        if (this.instructions.length === 0) {
            this.warn(0, 0, 'the file holds no instructions');
        }
        else if (this.stages.length === 0) {
            this.warn(0, 0, 'no FROM instruction: the file does not build an image');
        }
        const last = this.stages.length - 1;
        // pushed onto a literal, so that every file's list is one kind of array (a mapped list is another kind, and an
        // empty one a third): the code that reads them is then compiled once
        const stages = [];
        this.stages.forEach((stage, index) => {
            stage.info.final = index === last;
            for (const use of stage.uses)
                use.final = index === last;
            stages.push(stage.info);
        });
        return {
            images: this.images,
            stages,
            warnings: this.warnings,
            ignores: this.text.includes('base-image-policy') ? this.ignoreComments() : [],
            instructions: this.instructions,
            escape: this.directives.escape,
        };
    }
    ignoreComments() {
        const ignores = [];
        for (const match of this.text.matchAll(IGNORE_COMMENT)) {
            const start = match.index + match[0].length - match[0].trimStart().length;
            const a = this.lines.position(start);
            const b = this.lines.position(match.index + match[0].length);
            const next = this.instructions.find((i) => i.start > match.index);
            const reason = IGNORE_REASON.exec(match[2]);
            ignores.push({
                line: a.line,
                column: a.column,
                endLine: b.line,
                endColumn: b.column,
                rules: (match[1] ?? '').split(',').filter((r) => r !== ''),
                reason: reason ? (reason[1] ?? reason[2] ?? reason[3]).trim() || null : null,
                target: next
                    ? {
                        line: this.lines.position(next.start).line,
                        endLine: this.lines.position(Math.max(next.start, next.end - 1)).line,
                    }
                    : null,
            });
        }
        return ignores;
    }
    warn(start, end, message) {
        const a = this.lines.position(start);
        const b = this.lines.position(Math.max(start, end));
        this.warnings.push({ line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message });
    }
    syntaxDirective() {
        const syntax = this.directives.list.find((d) => d.key === 'syntax');
        if (!syntax)
            return;
        // a value read from JSON may be written with escapes: then its characters all point at its start
        const exact = syntax.valueEnd - syntax.valueStart === syntax.value.length;
        const offsets = [];
        for (let i = 0; i < syntax.value.length; i++)
            offsets.push(syntax.valueStart + (exact ? i : 0));
        const word = { text: syntax.value, offsets, start: syntax.valueStart, end: syntax.valueEnd };
        this.images.push(this.literalUse('syntax', word, null));
    }
    instruction(instruction) {
        let keyword = instruction.keyword;
        let start = instruction.keywordEnd;
        if (keyword === 'ONBUILD') {
            // a trigger pulls what it names when a stage is built FROM this one, here or in another Dockerfile
            const trigger = this.trigger(start);
            if (!trigger || (trigger.keyword !== 'COPY' && trigger.keyword !== 'RUN'))
                return;
            ({ keyword, start } = trigger);
        }
        if (keyword !== 'FROM' && keyword !== 'ARG' && keyword !== 'COPY' && keyword !== 'RUN')
            return;
        if (keyword === 'FROM')
            return this.from(start);
        if (keyword === 'ARG') {
            if (this.stages.length === 0)
                this.globalArg(start);
            return;
        }
        const stage = this.stages[this.stages.length - 1];
        if (!stage)
            return;
        // only flags name images here, and flags lead the arguments: most instructions have none, and their text
        // (often long) need not be read
        if (!this.mayHaveFlags(start))
            return;
        // --from may name any stage of the file, a later one too: judge these once every stage name is known
        const content = this.text.slice(instruction.start, instruction.end);
        if (keyword === 'COPY' && content.includes('--from'))
            this.deferred.push(() => this.copyFrom(start, stage));
        // a mount names an image only with a from= field (its keys are read in any case)
        else if (keyword === 'RUN' && content.includes('--mount') && MOUNT_FROM.test(content))
            this.deferred.push(() => this.mountFrom(start, stage));
    }
    /** Whether the arguments after `start` may open with a flag: a `-` after blanks, or a line continued first. */
    mayHaveFlags(start) {
        const text = this.text;
        let i = start;
        while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
            i++;
        return text[i] === '-' || text[i] === this.directives.escape || isGoSpace(text.charCodeAt(i));
    }
    logical(start) {
        return logicalLine(this.text, start, this.directives.escape);
    }
    globalArg(start) {
        const line = this.logical(start);
        const { rest } = extractFlags(line);
        for (const word of parseWords(line, this.directives.escape, rest)) {
            const eq = word.text.indexOf('=');
            const name = eq === -1 ? word.text : word.text.slice(0, eq);
            this.declared.add(name);
            if (this.options.buildArgs?.has(name)) {
                this.globals.set(name, this.options.buildArgs.get(name));
            }
            else if (eq === -1) {
                // declared without a default: a later FROM sees it as empty, unless a build arg sets it
                if (!this.globals.has(name))
                    this.globals.set(name, this.automatic(name));
            }
            else {
                const raw = word.text.slice(eq + 1);
                try {
                    this.globals.set(name, expandWord(raw, this.lookup, this.directives.escape).value);
                }
                catch (error) {
                    this.warn(word.start, word.end, `ARG ${name}: ${messageOf(error)}`);
                    this.globals.set(name, undefined);
                }
            }
        }
    }
    from(start) {
        const line = this.logical(start);
        const { flags, rest } = extractFlags(line);
        const words = splitWhitespace(line, rest);
        const index = this.stages.length;
        const fromOffset = flags[0]?.start ?? words[0]?.start ?? start;
        const fromLine = this.lines.position(fromOffset).line;
        if (words.length !== 1 && !(words.length === 3 && words[1].text.toLowerCase() === 'as')) {
            const end = words.length > 0 ? words[words.length - 1].end : start;
            this.warn(words[0]?.start ?? start, end, 'FROM requires either one or three arguments: FROM IMAGE [AS NAME]');
        }
        let name = null;
        if (words.length >= 3 && words[1].text.toLowerCase() === 'as') {
            const word = words[2];
            const lower = word.text.toLowerCase();
            name = word.text;
            if (!STAGE_NAME.test(lower))
                this.warn(word.start, word.end, `invalid stage name "${word.text}"`);
            else if (lower === 'scratch' || lower === 'context') {
                this.warn(word.start, word.end, `stage name "${word.text}" is reserved`);
            }
            else if (this.stages.some((s) => s.info.name?.toLowerCase() === lower)) {
                this.warn(word.start, word.end, `duplicate stage name "${word.text}"`);
            }
        }
        for (const flag of flags) {
            if (flag.text.startsWith('--platform='))
                this.platformFlag(sub(flag, 11));
        }
        // the image as the builder expands it, and whether it names an earlier stage, before the stage's record is
        // made: the record is made whole at once, never changed after
        const image = words[0];
        let expanded = null;
        let baseStage = -1;
        if (image) {
            try {
                const result = expandWord(image.text, this.lookup, this.directives.escape);
                const unset = result.unmatched.concat(result.matched.filter((n) => this.lookup(n) === undefined));
                expanded = { value: result.value, unset };
                // FROM naming an earlier stage builds on that stage, not on an image
                baseStage = this.findStage(result.value, index) ?? -1;
            }
            catch (error) {
                expanded = { error: messageOf(error) };
            }
        }
        const info = { index, name, line: fromLine, baseStage, final: false };
        const pending = { info, uses: [] };
        this.stages.push(pending);
        if (!image || expanded === null) {
            const use = this.use('from', { text: '', offsets: [], start, end: start }, pending);
            use.error = 'FROM names no image';
            this.record(use, pending);
            return;
        }
        const use = this.use('from', image, pending);
        if ('error' in expanded) {
            use.status = 'unresolved';
            use.error = expanded.error;
            this.record(use, pending);
            return;
        }
        use.unsetVariables = expanded.unset;
        if (baseStage !== -1)
            return;
        this.resolve(use, expanded.value);
        this.record(use, pending);
    }
    /** The platform flag does not change which image is judged, but an undefined variable in it breaks the build. */
    platformFlag(value) {
        try {
            const result = expandWord(value.text, this.lookup, this.directives.escape);
            for (const name of result.unmatched) {
                this.warn(value.start, value.end, `FROM --platform: ${describeUnset([name], this.declared)}`);
            }
            if (result.value === '')
                this.warn(value.start, value.end, 'FROM --platform: the platform is empty');
        }
        catch (error) {
            this.warn(value.start, value.end, `FROM --platform: ${messageOf(error)}`);
        }
    }
    findStage(name, before) {
        const wanted = name.toLowerCase();
        for (let i = 0; i < before; i++) {
            if (this.stages[i].info.name?.toLowerCase() === wanted)
                return i;
        }
        return null;
    }
    /** The instruction an ONBUILD holds: its keyword and where that keyword ends. */
    trigger(start) {
        const line = this.logical(start);
        const { from, to } = keywordIn(line.text, 0);
        if (to === from)
            return null;
        return { keyword: line.text.slice(from, to).toUpperCase(), start: line.offsets[to - 1] + 1 };
    }
    copyFrom(start, stage) {
        const line = this.logical(start);
        for (const flag of extractFlags(line).flags) {
            if (!flag.text.startsWith('--from='))
                continue;
            const value = sub(flag, 7);
            this.fromFlagValue('copy-from', value, stage);
        }
    }
    mountFrom(start, stage) {
        const line = this.logical(start);
        for (const flag of extractFlags(line).flags) {
            if (!flag.text.startsWith('--mount='))
                continue;
            const value = sub(flag, 8);
            const { fields, error } = parseMountFields(value);
            if (error) {
                this.warn(flag.start, flag.end, `--mount: ${error}`);
                continue;
            }
            for (const field of fields) {
                if (field.key !== 'from')
                    continue;
                const offsets = field.value.offsets;
                // written out rather than spread, so that every word the extraction handles has one shape
                const word = {
                    text: field.value.text,
                    offsets,
                    start: offsets[0] ?? flag.end,
                    end: offsets.length ? offsets[offsets.length - 1] + 1 : flag.end,
                };
                this.fromFlagValue('mount-from', word, stage);
            }
        }
    }
    /** `COPY --from=` and `RUN --mount=…,from=`: a stage index, a stage name (any stage of the file), or an image. */
    fromFlagValue(kind, value, stage) {
        const text = value.text;
        if (/^[0-9]+$/.test(text))
            return;
        if (this.stages.some((s) => s.info.name?.toLowerCase() === text.toLowerCase()))
            return;
        this.record(this.literalUse(kind, value, stage), stage);
    }
    /** A reference the builder takes literally (no variable expansion). */
    literalUse(kind, value, stage) {
        const use = this.use(kind, value, stage);
        if (containsVariable(value.text, this.directives.escape)) {
            use.status = 'unresolved';
            use.error =
                kind === 'syntax'
                    ? 'variables are not expanded in the syntax directive'
                    : `variables are not expanded in ${kind === 'copy-from' ? 'COPY --from' : 'RUN --mount from'}; ` +
                        'declare the image in a global ARG and use it in a stage: FROM ${ARG} AS name, then --from=name';
            return use;
        }
        this.resolve(use, value.text);
        return use;
    }
    use(kind, word, stage) {
        const a = this.lines.position(word.start);
        const b = this.lines.position(word.end);
        return {
            kind,
            stage: stage === null ? null : (stage.info.name ?? String(stage.info.index)),
            final: false,
            stageIndex: stage === null ? -1 : stage.info.index,
            raw: word.text,
            status: 'unresolved',
            image: null,
            registry: null,
            repository: null,
            tag: null,
            digest: null,
            error: null,
            unsetVariables: [],
            line: a.line,
            column: a.column,
            endLine: b.line,
            endColumn: b.column,
        };
    }
    resolve(use, value) {
        if (value.includes('{{') || value.includes('}}') || /%%[A-Za-z_][A-Za-z0-9_]*%%/.test(value)) {
            use.status = 'unresolved';
            use.error = `template placeholder in image reference "${value}"`;
            return;
        }
        if (value === '') {
            use.status = 'unresolved';
            use.error = use.unsetVariables.length
                ? `image reference is empty: ${describeUnset(use.unsetVariables, this.declared)}`
                : 'image reference is empty';
            return;
        }
        if (value === 'scratch' && use.kind !== 'syntax') {
            use.status = 'scratch';
            return;
        }
        const parsed = parseImageReference(value);
        if (parsed.ok) {
            const ref = parsed.ref;
            use.status = 'resolved';
            use.image = ref.normalized;
            use.registry = ref.registry;
            use.repository = ref.repository;
            use.tag = ref.tag;
            use.digest = ref.digest;
            return;
        }
        if (use.unsetVariables.length > 0) {
            use.status = 'unresolved';
            use.error = `"${value}" is not a valid image reference (${parsed.error}): ${describeUnset(use.unsetVariables, this.declared)}`;
        }
        else {
            use.status = 'invalid';
            use.error = `"${value}" is not a valid image reference: ${parsed.error}`;
        }
    }
    record(use, stage) {
        this.images.push(use);
        stage.uses.push(use);
    }
}
function describeUnset(names, declared) {
    return names
        .map((n) => declared.has(n)
        ? `${n} has no value (declared without a default)`
        : `${n} is not declared before the first FROM`)
        .join('; ');
}
function sub(word, from) {
    const offsets = word.offsets.slice(from);
    return {
        text: word.text.slice(from),
        offsets,
        start: offsets[0] ?? word.end,
        end: offsets.length ? offsets[offsets.length - 1] + 1 : word.end,
    };
}
function messageOf(error) {
    if (error instanceof ExpansionError)
        return error.message;
    return error instanceof Error ? error.message : String(error);
}
/** The structure of a Dockerfile as the builder sees it: directives, then instructions. */
function parseDockerfile(text, options = {}) {
    // a byte-order mark is not part of the first line's columns
    const body = text.slice(bomLength(text));
    const directives = parseDirectives(body);
    // split: another reading of the boundaries (the tests' second opinion, see second-opinion.ts)
    const instructions = options.split
        ? options.split(body, directives)
        : splitInstructions(body, directives.escape);
    return { body, directives, instructions };
}
function extractImages(text, options = {}) {
    return new FileExtractor(parseDockerfile(text), options).run();
}

// read: a file's text, or why it is not read as a Dockerfile (too large, binary, unreadable).
const MAX_FILE_BYTES = 1024 * 1024;
function readDockerfile(absolute, knownSize = -1) {
    const read = readBytes(absolute, knownSize);
    return read.ok ? decode(read.bytes, read.invalidUtf8, read.plain) : read;
}
/** A file's bytes, checked for size and binary content (the half of reading that another thread can do). */
function readBytes(absolute, knownSize = -1) {
    const tooLarge = (size) => ({
        ok: false,
        problem: {
            reason: 'too-large',
            message: `the file is ${size} bytes; files over ${MAX_FILE_BYTES} bytes (1 MiB) are not read`,
        },
    });
    if (knownSize > MAX_FILE_BYTES)
        return tooLarge(knownSize);
    let buffer;
    let fd;
    try {
        fd = openSync(absolute, 'r');
        // the size is taken from the open file, so a file that grows after the walk is still caught
        const size = fstatSync(fd).size;
        if (size > MAX_FILE_BYTES)
            return tooLarge(size);
        buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const n = readSync(fd, buffer, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        buffer = buffer.subarray(0, read);
    }
    catch (error) {
        return {
            ok: false,
            problem: {
                reason: 'unreadable',
                message: `cannot read the file: ${error.code ?? 'error'}`,
            },
        };
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
    if (buffer.includes(0)) {
        return {
            ok: false,
            problem: { reason: 'binary', message: 'the file holds binary data (a NUL byte), not text' },
        };
    }
    // both checks run over the bytes at machine speed, where the text would be looked at character by character
    const plain = isAscii(buffer) && !buffer.includes(0x0b) && !buffer.includes(0x0c) && !buffer.includes(0x0d);
    return { ok: true, bytes: buffer, invalidUtf8: !plain && !isUtf8(buffer), plain };
}
/** The text of a file's bytes: invalid bytes become U+FFFD, and the file is still read so that its valid
 * references are judged. */
function decode(bytes, invalidUtf8, plain) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { ok: true, text: buffer.toString(plain ? 'latin1' : 'utf8'), invalidUtf8, plain };
}
const AMBIGUOUS = {
    0x0b: 'a vertical tab',
    0x0c: 'a form feed',
    0x0d: 'a carriage return inside a line',
    0x85: 'U+0085 (next line)',
    0xa0: 'U+00A0 (no-break space)',
    0x1680: 'U+1680 (Ogham space mark)',
    0x2028: 'U+2028 (line separator)',
    0x2029: 'U+2029 (paragraph separator)',
    0x202f: 'U+202F (narrow no-break space)',
    0x205f: 'U+205F (medium mathematical space)',
    0x3000: 'U+3000 (ideographic space)',
};
function ambiguousName(code) {
    if (code >= 0x2000 && code <= 0x200a)
        return `U+${code.toString(16).toUpperCase()} (a Unicode space)`;
    return AMBIGUOUS[code];
}
// every character `oddCharacter` looks for; most files hold none, and a regular expression finds that fast
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const SUSPECT = /[\u000b\u000c\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufffd]/;
/**
 * What in a Dockerfile the builder may read otherwise than this tool, if anything: a directive its versions read
 * differently, a heredoc marker inside an expansion, or an odd character. A check that lets no image through does
 * not judge a file it might misread: the file is reported instead, with where and what to replace.
 */
function ambiguity(text, invalidUtf8 = false, heredocBodies = [], plain = false) {
    return (directiveAmbiguity(text) ??
        heredocInExpansion(text) ??
        (plain ? null : oddCharacter(text, invalidUtf8, heredocBodies)));
}
/** A problem at an offset of the text, with its line and column. */
function unsure(text, offset, what) {
    const { line, column } = new LineIndex(text).position(offset);
    return { reason: 'ambiguous', message: `line ${line}, column ${column} ${what}` };
}
/**
 * Directives the builder's versions read differently: white space other than a space or tab right after the `#`
 * (or `//`) of a line at the top (newer versions trim any Unicode white space there, older ones only Go's \s),
 * and a `check` directive before an `escape` one (older versions stop at `check` and keep the backslash).
 */
function directiveAmbiguity(text) {
    let pos = bomLength(text);
    let check = false;
    while (pos < text.length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = text.length;
        let i = pos;
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        const mark = text[i] === '#' ? 1 : text.startsWith('//', i) ? 2 : 0;
        if (mark === 0)
            break;
        const after = text.charCodeAt(i + mark);
        if (isOddSpace(after))
            return unsure(text, i + mark, "holds white space right after the comment mark of a directive line, which the builder's versions read differently; write a plain space");
        const key = /^(?:#|\/\/)[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=/.exec(text.slice(i, eol))?.[1]?.toLowerCase();
        if (key === 'check')
            check = true;
        if (key === 'escape' && check)
            return unsure(text, i, 'has an escape directive after a check directive, which older builders stop at and newer ones take; put the escape directive first');
        if (key === undefined && !text.startsWith('#!', i))
            break;
        pos = eol + 1;
    }
    return null;
}
/**
 * A heredoc marker inside `${…}`: the builder's lexer reads the expansion (and the words around it) otherwise than
 * a plain split would, so where the heredoc is, and where the next instruction starts, cannot be told for sure.
 */
function heredocInExpansion(text) {
    if (!text.includes('${') || !text.includes('<<'))
        return null;
    for (let at = text.indexOf('${'); at !== -1; at = text.indexOf('${', at + 2)) {
        let depth = 0;
        for (let i = at + 1; i < text.length && i < at + 4096; i++) {
            const c = text[i];
            if (c === '{')
                depth++;
            else if (c === '}' && --depth === 0)
                break;
            else if (c === '<' && text[i + 1] === '<')
                return unsure(text, i, 'holds `<<` inside a `${…}` expansion, which makes it unclear where a heredoc opens; move the `<<` out of the expansion');
        }
    }
    return null;
}
/** White space that Go's \s (older builders) does not take and Unicode white space (newer ones) does. */
function isOddSpace(code) {
    return code === 0x0b || (code >= 0x85 && ambiguousName(code) !== undefined);
}
/**
 * The first character outside comment lines and heredoc bodies (which the builder takes as they are) that it may
 * read otherwise than this tool: white space other than a space, a tab or a line end (the builder takes it for
 * white space in some places and not in others: before a keyword, between words of ARG, inside a flag), or bytes
 * that are not UTF-8 (which the builder reads byte by byte).
 */
function oddCharacter(text, invalidUtf8, heredocBodies) {
    if (!SUSPECT.test(text))
        return null;
    let comment = false;
    let content = false;
    for (let i = bomLength(text); i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) {
            comment = false;
            content = false;
            continue;
        }
        if (!content && (code === 32 || code === 9))
            continue;
        if (!content) {
            content = true;
            comment = code === 35;
        }
        if (comment || (code < 0x85 && code !== 0x0b && code !== 0x0c && code !== 0x0d))
            continue;
        // CRs at the end of a line are its line end
        if (code === 0x0d) {
            let j = i;
            while (text.charCodeAt(j) === 0x0d)
                j++;
            if (j === text.length || text.charCodeAt(j) === 10) {
                i = j - 1;
                continue;
            }
        }
        if (heredocBodies.some(([start, end]) => i >= start && i < end))
            continue;
        // invalid bytes were read as U+FFFD
        if (code === 0xfffd && invalidUtf8) {
            return unsure(text, i, 'holds bytes that are not UTF-8, which the builder reads one by one, some as white space, so the images it pulls cannot be told for sure; save the file as UTF-8');
        }
        const name = ambiguousName(code);
        if (name === undefined)
            continue;
        return unsure(text, i, `holds ${name}, which the builder reads as white space in some places and not in others, so the images it pulls cannot be told for sure; replace it with a space`);
    }
    return null;
}

// read ahead: discover and read on a second thread while this one scans. Walking folders and reading files is a
// third of a large scan and waits on the file system, so the reader thread (dist/reader.js) does it and hands the
// bytes over in batches; this thread takes them synchronously, so the flow stays a plain loop. Until the thread has
// started, this one walks and reads itself. Without the reader (the sources run as they are, or it is turned off,
// or it fails), the same files are read here, in the same order.
/** Slots of the shared counters. */
const POSTED = 0;
const TAKEN = 1;
const STOP = 2;
/** how many files this thread has read itself before handing over: the reader need not read them again */
const HANDLED = 3;
/** how many files the reader has listed in the batches it posted */
const LISTED = 4;
const INVALID_UTF8 = 1;
const PLAIN = 2;
/** The faces read ahead unless BASE_IMAGE_POLICY_READ_AHEAD=off (for a system that refuses threads, say). */
function readAheadWanted(env) {
    return env.BASE_IMAGE_POLICY_READ_AHEAD !== 'off';
}
/** Every Dockerfile with its text (or why it has none), in the order of its path. */
function readEach(options, handle) {
    const script = options.readerScript ?? new URL('./reader.js', import.meta.url);
    const reader = options.readAhead && script.protocol === 'file:' && existsSync(fileURLToPath(script))
        ? startReader(options, script)
        : null;
    if (reader === null) {
        readHere(options, handle, null);
        return;
    }
    // this thread walks and reads while the reader starts up (which lists those files without reading them again),
    // and hands over once the reader has sent files past them; a small scan is done before then, and never waits
    let last = null;
    try {
        try {
            discoverEach(options, (file) => {
                handle(file, readOne(file));
                last = file.path;
                reader.handled();
                if (reader.ready())
                    throw HAND_OVER;
            });
            return;
        }
        catch (error) {
            if (error !== HAND_OVER)
                throw error;
        }
        const stopped = reader.take(handle, last, options.readerPatience ?? 30_000);
        // the reader failed or stalled: the rest is read here, after the last file handed on
        if (stopped !== true)
            readHere(options, handle, stopped);
    }
    finally {
        reader.stop();
    }
}
const HAND_OVER = Symbol('hand over to the reader thread');
function readOne(file) {
    return file.problem ? { ok: false, problem: file.problem } : readDockerfile(file.absolute, file.size);
}
function readHere(options, handle, after) {
    for (const file of discover(options)) {
        if (after === null || file.path > after)
            handle(file, readOne(file));
    }
}
function startReader(options, script) {
    const counters = new Int32Array(new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const data = {
        options: { root: options.root, paths: options.paths, files: options.files, exclude: options.exclude },
        port: port2,
        counters: counters.buffer,
    };
    let worker;
    try {
        worker = new Worker(script, { workerData: data, transferList: [port2], stdout: true, stderr: true });
    }
    catch {
        port1.close();
        return null;
    }
    // the thread must never keep the process alive, nor print into a report; its failure is handled as a stall,
    // so an error event (which comes only once this thread is free again) is not one of the process
    worker.unref();
    worker.on('error', () => { });
    return {
        ready: () => Atomics.load(counters, LISTED) > Atomics.load(counters, HANDLED),
        handled: () => void Atomics.add(counters, HANDLED, 1),
        take(handle, after, patience) {
            let last = after;
            for (;;) {
                const posted = Atomics.load(counters, POSTED);
                const received = receiveMessageOnPort(port1);
                if (received === undefined) {
                    if (Atomics.wait(counters, POSTED, posted, patience) === 'timed-out')
                        return last;
                    continue;
                }
                Atomics.add(counters, TAKEN, 1);
                Atomics.notify(counters, TAKEN);
                const message = received.message;
                if (message.kind === 'done')
                    return true;
                if (message.kind === 'failed')
                    return last;
                const bytes = new Uint8Array(message.bytes);
                const problems = new Map(message.problems);
                const skipped = new Map(message.skipped);
                let start = 0;
                message.paths.forEach((path, i) => {
                    const end = message.ends[i];
                    const from = start;
                    start = end;
                    // what this thread read itself before the hand-over
                    if (last !== null && path <= last)
                        return;
                    const absolute = skipped.get(i);
                    if (absolute !== undefined) {
                        // left by the reader as read here, yet not: the tree changed between the two walks
                        last = path;
                        handle({ path, absolute, size: -1, problem: null }, readDockerfile(absolute));
                        return;
                    }
                    const problem = problems.get(i);
                    const flags = message.flags[i];
                    const read = problem
                        ? { ok: false, problem }
                        : decode(bytes.subarray(from, end), (flags & INVALID_UTF8) !== 0, (flags & PLAIN) !== 0);
                    last = path;
                    handle({ path, absolute: '', size: -1, problem: problem ?? null }, read);
                });
            }
        },
        stop() {
            Atomics.store(counters, STOP, 1);
            Atomics.notify(counters, TAKEN);
            port1.close();
            void worker.terminate();
        },
    };
}

/** A file that was not scanned, and why. */
function unscanned(path, problem) {
    return { path, images: [], stages: [], problem, warnings: [], ignores: [] };
}
/** A file as read (or why it was not) scanned. */
function scanRead(path, read, options) {
    if (!read.ok)
        return unscanned(path, read.problem);
    return scanText(path, read.text, options, read.invalidUtf8, read.plain);
}
/** A Dockerfile given as text (read through an API, say), scanned as if read from disk. */
function scanText(path, text, options, invalidUtf8 = false, plain = false) {
    const extraction = extractImages(text, options);
    // positions in the extraction leave out a byte-order mark
    const shift = bomLength(text);
    const bodies = extraction.instructions
        .filter((i) => i.bodyStart !== -1)
        .map((i) => [i.bodyStart + shift, i.end + shift]);
    const unsure = ambiguity(text, invalidUtf8, bodies, plain);
    if (unsure)
        return unscanned(path, unsure);
    if (invalidUtf8) {
        extraction.warnings.unshift({
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
        });
    }
    return {
        path,
        text,
        images: extraction.images,
        stages: extraction.stages,
        problem: null,
        warnings: extraction.warnings,
        ignores: extraction.ignores,
        instructions: extraction.instructions,
        escape: extraction.escape,
    };
}
/** Scan file by file, handing each result on as it is done, so that large scans need not hold them all. */
function forEachScanned(options, handle) {
    let done = 0;
    readEach(options, (file, read) => {
        handle(scanRead(file.path, read, options));
        done++;
        options.onFile?.(done, false);
    });
    options.onFile?.(done, true);
}
function inventory(options = {}) {
    const scanned = [];
    // the texts are not kept: a listing of many files needs only what was found in them
    forEachScanned(options, (file) => scanned.push({ ...file, text: undefined, instructions: undefined }));
    return scanned;
}

// fix: apply the suggestions that are safe to apply mechanically (an approved tag of the same image, a slim
// variant), line by line, keeping every other byte as it was: line ends, comments, continuations, casing.
const MAX_PASSES = 4;
/** Replace 1-based line `n` of `text` (without its line end) by `line`; a byte-order mark stays in front. */
function replaceLine(text, n, line) {
    let start = 0;
    for (let i = 1; i < n; i++)
        start = text.indexOf('\n', start) + 1;
    if (n === 1 && text.charCodeAt(0) === 0xfeff)
        start = 1;
    let end = text.indexOf('\n', start);
    if (end === -1)
        end = text.length;
    if (end > start && text[end - 1] === '\r')
        end--;
    return text.slice(0, start) + line + text.slice(end);
}
/**
 * The text with every safe suggestion applied. Applying one can make another appear (a slim variant, then its
 * approved tag), so passes repeat until nothing changes: a second run of `fix` then finds nothing to do.
 */
function fixText(path, text, options) {
    const applied = [];
    let current = text;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const findings = evaluateFile(scanText(path, current, options.extract ?? {}), options);
        const done = new Set();
        let changed = false;
        for (const f of findings) {
            if (!f.suggestion?.safe || done.has(f.line) || f.line !== f.endLine)
                continue;
            if (f.suggestion.pin && !options.pin)
                continue;
            done.add(f.line);
            const next = replaceLine(current, f.line, f.suggestion.line);
            if (next !== current) {
                current = next;
                applied.push(f);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return { text: current, applied };
}
function unifiedDiff(path, before, after) {
    return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 });
}

// resolve: what a tag points to now, asked of its registry with HEAD requests (a HEAD is not a pull on Docker
// Hub), through the OCI distribution API: bearer tokens from WWW-Authenticate (anonymous, or with credentials),
// basic auth, credentials from the Docker config file (never by running credential helpers). Plain HTTP only for
// loopback registries and those named insecure, as Docker does. One look-up per reference per run, bounded
// concurrency and time; a registry that fails is reported once and asked no more.
//
// Written on Node's fetch: the npm clients found either issue GET requests for manifests (a pull), or are
// unmaintained, or bring large dependency trees for four HTTP exchanges.
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
const INDEX_TYPES = new Set(MANIFEST_TYPES.slice(0, 2));
/** Docker Hub is served by registry-1.docker.io. */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
function isLoopback(host) {
    const name = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\./.test(name);
}
/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
function parseChallenge(header) {
    const space = header.indexOf(' ');
    const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
    const params = {};
    const re = /([A-Za-z_]+)="([^"]*)"/g;
    for (const m of header.slice(space + 1).matchAll(re))
        params[m[1].toLowerCase()] = m[2];
    return { scheme, params };
}
/** `auths` of the Docker config file ($DOCKER_CONFIG/config.json or ~/.docker/config.json); helpers are never run. */
function dockerConfigCredentials(env = process.env) {
    const file = path.join(env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
    const out = new Map();
    let config;
    try {
        config = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch {
        return out;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
        const registry = host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                out.set(registry, { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
        }
        else if (entry.username && entry.password) {
            out.set(registry, { username: entry.username, password: entry.password });
        }
    }
    return out;
}
class Limiter {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
    }
    async run(task) {
        if (this.active >= this.max)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
class DigestResolver {
    options;
    cache = new Map();
    tokens = new Map();
    failed = new Map();
    limiter;
    fetch;
    /** ends every look-up, asked or still to ask, once the budget is spent: a slow registry cannot stall a scan */
    budget;
    budgetMs;
    /** requests made, for tests and the log */
    requests = 0;
    constructor(options = {}) {
        this.options = options;
        this.limiter = new Limiter(options.concurrency ?? 8);
        this.fetch = options.fetch ?? fetch;
        this.budgetMs = options.budgetMs ?? 60_000;
        this.budget = AbortSignal.timeout(this.budgetMs);
    }
    spent() {
        return `look-ups stopped after ${this.budgetMs / 1000} s`;
    }
    /** One notice per registry that could not be asked. */
    notices() {
        return [...this.failed].map(([registry, message]) => ({ registry, message }));
    }
    base(registry) {
        const host = apiHost(registry);
        const plain = isLoopback(host) || (this.options.insecure ?? []).includes(registry);
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    async request(url, init) {
        this.requests++;
        return this.fetch(url, {
            ...init,
            redirect: 'follow',
            signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs ?? 10_000), this.budget]),
        });
    }
    basic(registry) {
        const c = this.options.credentials?.get(registry);
        if (c?.token)
            return `Bearer ${c.token}`;
        return c?.username !== undefined && c.password !== undefined
            ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
            : null;
    }
    token(registry, params, scope) {
        const key = `${params.realm}|${params.service ?? ''}|${scope}`;
        let pending = this.tokens.get(key);
        if (!pending) {
            pending = (async () => {
                const url = new URL(params.realm);
                if (params.service)
                    url.searchParams.set('service', params.service);
                url.searchParams.set('scope', scope);
                const basic = this.basic(registry);
                const res = await this.request(url.toString(), {
                    headers: basic?.startsWith('Basic') ? { authorization: basic } : {},
                });
                if (!res.ok)
                    throw new Error(`the token service answered ${res.status}`);
                const body = (await res.json());
                return body.token ?? body.access_token ?? null;
            })();
            this.tokens.set(key, pending);
        }
        return pending;
    }
    /** HEAD the manifest, answering one authentication challenge. */
    async head(registry, repository, reference, method = 'HEAD') {
        const url = `${this.base(registry)}/v2/${repository}/manifests/${reference}`;
        const headers = { accept: MANIFEST_TYPES.join(', ') };
        let res = await this.request(url, { method, headers });
        if (res.status !== 401)
            return res;
        const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
        let authorization = null;
        if (challenge.scheme === 'bearer' && challenge.params.realm) {
            const token = await this.token(registry, challenge.params, `repository:${repository}:pull`);
            if (token)
                authorization = `Bearer ${token}`;
        }
        else if (challenge.scheme === 'basic') {
            authorization = this.basic(registry);
        }
        if (!authorization)
            return res;
        res = await this.request(url, { method, headers: { ...headers, authorization } });
        return res;
    }
    /** The digest `registry/repository:tag` points to now. */
    resolve(registry, repository, tag) {
        const key = `${registry}/${repository}:${tag}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.limiter.run(async () => {
                const failure = this.failed.get(registry);
                if (failure)
                    return { error: failure };
                if (this.budget.aborted) {
                    this.failed.set(registry, this.spent());
                    return { error: this.spent() };
                }
                try {
                    const res = await this.head(registry, repository, tag);
                    const digest = res.headers.get('docker-content-digest');
                    if (res.ok && digest)
                        return { digest };
                    if (res.status === 404)
                        return { error: `${key} does not exist` };
                    const message = `${registry} answered ${res.status}${res.status === 429 ? ' (rate limited)' : ''}`;
                    if (res.status >= 429 || res.status === 401 || res.status === 403)
                        this.failed.set(registry, message);
                    return { error: message };
                }
                catch (error) {
                    const message = this.budget.aborted
                        ? this.spent()
                        : `${registry} could not be reached: ${error.name === 'TimeoutError' ? 'timed out' : error.message}`;
                    this.failed.set(registry, message);
                    return { error: message };
                }
            });
            this.cache.set(key, pending);
        }
        return pending;
    }
    /**
     * The platform manifests of the index a tag points to (empty when it is a single manifest). This one is a GET:
     * asked only to tell whether a pinned digest is one of the tag's platform images.
     */
    async platformDigests(registry, repository, tag) {
        if (this.failed.has(registry) || this.budget.aborted)
            return [];
        try {
            const res = await this.limiter.run(() => this.head(registry, repository, tag, 'GET'));
            if (!res.ok || !INDEX_TYPES.has((res.headers.get('content-type') ?? '').split(';')[0]))
                return [];
            const body = (await res.json());
            return (body.manifests ?? []).map((m) => m.digest ?? '').filter((d) => d !== '');
        }
        catch {
            return [];
        }
    }
}

// The registry pass of a scan: the Dockerfiles are read once to learn which tags they name, the registries are
// asked, and the facts go to the judging pass. Registries that cannot be asked give one notice each.
async function lookUpUses(uses, options = {}) {
    const resolver = new DigestResolver({ credentials: dockerConfigCredentials(), ...options });
    const facts = await gatherDigests(uses, resolver);
    return { facts, resolver, notices: resolver.notices(), requests: resolver.requests };
}
async function lookUpFiles(options, resolver = {}) {
    const uses = [];
    forEachScanned({ ...options, onFile: undefined }, (file) => {
        for (const use of file.images)
            if (use.tag !== null && use.status === 'resolved')
                uses.push(use);
    });
    return lookUpUses(uses, resolver);
}
function noticeText(notice) {
    return `registry ${notice.registry} was not asked for digests (${notice.message}); the scan went on without them`;
}

/** `reference@digest` for a tagged reference whose tag the registry knows; null otherwise. */
async function pinned(reference, resolver) {
    if (reference === 'scratch' || reference.includes('@'))
        return null;
    const parsed = parseImageReference(reference);
    if (!parsed.ok || parsed.ref.tag === null)
        return null;
    const answer = await resolver.resolve(parsed.ref.registry, parsed.ref.repository, parsed.ref.tag);
    return 'digest' in answer ? `${reference}@${answer.digest}` : null;
}
async function pinSuggestions(findings, resolver) {
    await Promise.all(findings.map(async (f) => {
        const s = f.suggestion;
        if (!s)
            return;
        if (s.alternatives.length > 0)
            s.alternatives = await Promise.all(s.alternatives.map(async (a) => (await pinned(a, resolver)) ?? a));
        if (!s.reference || s.column === undefined)
            return;
        const pin = await pinned(s.reference, resolver);
        if (pin === null)
            return;
        if (s.line.slice(s.column, s.column + s.reference.length) !== s.reference)
            return;
        s.line = s.line.slice(0, s.column) + pin + s.line.slice(s.column + s.reference.length);
        s.reference = pin;
    }));
}

const MAX_QUOTED = 8192;
/** bytes of findings' JSON to a block */
const BLOCK = 1 << 18;
/**
 * A piece of JSON kept for reuse, with the field it was made from besides its key. A class, not an object literal:
 * the engine tracks where literals are made, and once it judged these long-lived (at about the 5,000th file of the
 * bench) it threw away the compiled code that makes them, which then had to be compiled again.
 */
class KeptText {
    from;
    text;
    constructor(from, text) {
        this.from = from;
        this.text = text;
    }
}
/**
 * Writes the JSON report file by file as the scan goes, so that a scan of thousands of files never holds them all,
 * as objects or as text. The output is one line of compact JSON, for programs.
 */
class JsonReportWriter {
    policy;
    write;
    chunks = [];
    /**
     * the findings' JSON until the end of the report, many files' findings to a piece, as UTF-8: kept outside the
     * engine's heap, whose collector would otherwise copy and then mark megabytes of text that only wait to be written
     */
    findingTexts = [];
    /**
     * the block that each file's findings are encoded into once the file is done, and how much of it is used: text
     * kept until many files' worth could be joined lived long enough to be copied by the collector, and joining it
     * flattened it once more before it was encoded all the same
     */
    block = null;
    used = 0;
    /** the JSON text of strings that recur from file to file: images, stage names, messages */
    quoted = new Map();
    /** an image's JSON text from `raw` to `line`, and the fields it was made from, by the reference as written */
    references = new Map();
    /** a finding's JSON text up to its path, by rule */
    heads = new Map();
    /** a finding's JSON text from its image to its suggestion, by message */
    tails = new Map();
    files = 0;
    images = 0;
    /** the last file written, and its path as JSON */
    lastPath = '';
    lastPathText = '""';
    findingCount = 0;
    /** `write` takes each piece of the report as it is ready; without it, `finish` returns the whole report. */
    constructor(policy, write = null) {
        this.policy = policy;
        this.write = write;
    }
    out(text) {
        if (this.write)
            this.write(text);
        else
            this.chunks.push(text);
    }
    add(file) {
        // the file's findings come next, with the same path
        this.lastPath = file.path;
        this.lastPathText = JSON.stringify(file.path);
        const json = this.fileText(file, this.lastPathText);
        this.out(this.files === 0 ? `{"version":1,"policy":${JSON.stringify(this.policy)},"files":[${json}` : `,${json}`);
        this.files++;
        this.images += file.images.length;
    }
    /** What JSON.stringify(jsonFile(file)) writes, written out as findingText writes a finding. */
    fileText(file, path = JSON.stringify(file.path)) {
        let images = '';
        for (const use of file.images)
            images += `${images === '' ? '' : ','}${this.imageText(use)}`;
        return (`{"path":${path},"images":[${images}],"problem":${JSON.stringify(file.problem)},` +
            `"warnings":${file.warnings.length === 0 ? '[]' : JSON.stringify(file.warnings)}}`);
    }
    imageText(use) {
        return (`{"kind":${this.quote(use.kind)},"stage":${this.quote(use.stage)},"final":${use.final},` +
            `${this.referenceText(use)}${use.line},"column":${use.column},"endLine":${use.endLine},` +
            `"endColumn":${use.endColumn},"status":${this.quote(use.status)},"error":${this.quote(use.error)},` +
            `"unsetVariables":${use.unsetVariables.length === 0 ? '[]' : JSON.stringify(use.unsetVariables)}}`);
    }
    /** An image's JSON text from `raw` to `line`: worked out once per reference, as most files name a few images. */
    referenceText(use) {
        let known = this.references.get(use.raw);
        if (known === undefined ||
            known.image !== use.image ||
            known.registry !== use.registry ||
            known.repository !== use.repository ||
            known.tag !== use.tag ||
            known.digest !== use.digest) {
            const { image, registry, repository, tag, digest } = use;
            const text = `"raw":${JSON.stringify(use.raw)},"image":${JSON.stringify(image)},"registry":${JSON.stringify(registry)},` +
                `"repository":${JSON.stringify(repository)},"tag":${JSON.stringify(tag)},` +
                `"digest":${JSON.stringify(digest)},"line":`;
            // the parsed parts are the parser's own copies, which keep nothing of the file's text (see strings.ts)
            known = { image, registry, repository, tag, digest, text };
            // a bound, so that a scan of many distinct references cannot grow it without end
            if (this.references.size < MAX_QUOTED)
                this.references.set(detached(use.raw), known);
        }
        return known.text;
    }
    /** Keeps findings for the end of the report: their JSON, encoded as UTF-8 into the open block. */
    addFindings(findings) {
        if (findings.length === 0)
            return;
        let text = '';
        let path = '';
        let pathText = '""';
        for (let i = 0; i < findings.length; i++) {
            const f = findings[i];
            // a file's findings share its path, quoted when the file was written
            if (f.path !== path) {
                path = f.path;
                pathText = path === this.lastPath ? this.lastPathText : JSON.stringify(path);
            }
            // each finding but the report's first comes after a comma, so that the kept texts need no separator
            text += `${this.findingCount++ === 0 ? '' : ','}${this.findingText(f, pathText)}`;
        }
        // at most three bytes a UTF-16 unit
        const most = text.length * 3;
        if (this.block === null || this.used + most > this.block.length) {
            this.closeBlock();
            // a file with more findings than a block takes is kept on its own, in the bytes it needs
            if (most > BLOCK) {
                this.findingTexts.push(Buffer.from(text, 'utf8'));
                return;
            }
            this.block = Buffer.allocUnsafeSlow(BLOCK);
        }
        this.used += this.block.write(text, this.used);
    }
    /**
     * What JSON.stringify(jsonFinding(f)) writes, written out: the text before the path is worked out once per rule,
     * and the text from the image to the suggestion once per message (every file that names python:3.12 gets the
     * same words), so that a finding is put together from a few pieces.
     */
    findingText(f, path = JSON.stringify(f.path)) {
        const suggestion = f.suggestion
            ? JSON.stringify({ line: f.suggestion.line, alternatives: f.suggestion.alternatives })
            : 'null';
        let head = this.heads.get(f.rule);
        if (head === undefined || head.from !== f.severity) {
            head = new KeptText(f.severity, `{"rule":${JSON.stringify(f.rule)},"severity":"${f.severity}","path":`);
            this.heads.set(f.rule, head);
        }
        let tail = this.tails.get(f.message);
        if (tail === undefined || tail.from !== f.image) {
            tail = new KeptText(f.image, `,"image":${JSON.stringify(f.image)},"message":${JSON.stringify(f.message)},"suggestion":`);
            // a bound, so that a scan of many distinct messages cannot grow it without end
            if (this.tails.size < MAX_QUOTED)
                this.tails.set(detached(f.message), tail);
        }
        return (`${head.text}${path},"line":${f.line},"column":${f.column},"endLine":${f.endLine},` +
            `"endColumn":${f.endColumn}${tail.text}${suggestion}}`);
    }
    /** A string's JSON text, or null's. */
    quote(s) {
        if (s === null)
            return 'null';
        let quoted = this.quoted.get(s);
        if (quoted === undefined) {
            quoted = JSON.stringify(s);
            // a bound, so that a scan of many distinct messages cannot grow it without end
            if (this.quoted.size < MAX_QUOTED)
                this.quoted.set(detached(s), quoted);
        }
        return quoted;
    }
    closeBlock() {
        if (this.block === null || this.used === 0)
            return;
        this.findingTexts.push(this.block.subarray(0, this.used));
        this.block = null;
        this.used = 0;
    }
    /**
     * Ends the report; returns what has not been handed to `write` (everything, without it). `extra`: keys after the
     * summary (the action records the pull request a report belongs to).
     */
    finish(findings = [], counts = { errors: 0, warnings: 0, notices: 0, passed: true }, extra = {}) {
        const summary = {
            files: this.files,
            images: this.images,
            errors: counts.errors,
            warnings: counts.warnings,
            notices: counts.notices,
            passed: counts.passed,
        };
        const head = this.files === 0 ? `{"version":1,"policy":${JSON.stringify(this.policy)},"files":[` : '';
        this.addFindings(findings);
        const more = Object.entries(extra)
            .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
            .join('');
        this.closeBlock();
        const close = `],"summary":${JSON.stringify(summary)}${more}}\n`;
        if (this.write) {
            // the findings go out as they were kept, piece by piece: joined, they would be copied twice more
            this.write(`${head}],"findings":[`);
            for (const text of this.findingTexts)
                this.write(text);
            this.write(close);
            return '';
        }
        const findingsText = Buffer.concat(this.findingTexts).toString('utf8');
        return `${this.chunks.join('')}${head}],"findings":[${findingsText}${close}`;
    }
}

const SPECIAL = /[\\`*_{}[\]()#+!|<>&~@:"'=$-]/g;
/** Text safe in Markdown and in HTML: special characters become numeric character references, lines one line. */
function escapeMarkdown(s) {
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r?\n|\r|\t/g, ' '));
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural$1(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function headline(counts) {
    const status = counts.passed ? '✅ Passed' : '❌ Failed';
    return `${status}: ${plural$1(counts.errors, 'error')}, ${plural$1(counts.warnings, 'warning')}, ${plural$1(counts.notices, 'notice')}`;
}
/** The report as Markdown: a headline, then a table per file of its findings. */
function formatMarkdown(result, options) {
    const level = '#'.repeat(options.level ?? 2);
    const head = [
        `${level} base-image-policy — ${headline(result.counts)}`,
        '',
        `${plural$1(result.files, 'Dockerfile')}, ${plural$1(result.images, 'image reference')}, policy \`${escapeMarkdown(options.policy)}\`, fail-on: ${escapeMarkdown(options.failOn)}.`,
        '',
    ];
    if (result.findings.length === 0) {
        head.push('Every image meets the policy.', '');
        return head.join('\n');
    }
    const byPath = new Map();
    for (const f of result.findings) {
        const list = byPath.get(f.path) ?? [];
        list.push(f);
        byPath.set(f.path, list);
    }
    const sections = [];
    for (const [path, findings] of byPath) {
        const rows = [
            `${level}# ${escapeMarkdown(path)}`,
            '',
            '| Line | Severity | Rule | Image | Finding |',
            '| ---: | --- | --- | --- | --- |',
        ];
        for (const f of findings) {
            const suggestion = f.suggestion
                ? `<br>Suggestion: <code>${escapeMarkdown(f.suggestion.line)}</code>`
                : '';
            rows.push(`| ${f.line} | ${ICON[f.severity]} ${f.severity} | \`${f.rule}\` | ${f.image ? escapeMarkdown(f.image) : ''} | ${escapeMarkdown(f.message)}${suggestion} |`);
        }
        rows.push('');
        sections.push(rows.join('\n'));
    }
    const text = [...head, ...sections].join('\n');
    if (options.maxLength === undefined || text.length <= options.maxLength)
        return text;
    // cut whole rows, and say how many findings are left out
    const note = (n) => `\n_…and ${plural$1(n, 'more finding')}: see the job summary or the JSON report._\n`;
    const lines = text.split('\n');
    let kept = lines.length;
    let length = text.length;
    while (kept > 0 && length + note(result.findings.length).length > options.maxLength) {
        kept--;
        length -= lines[kept].length + 1;
    }
    const shown = lines.slice(0, kept);
    const shownFindings = shown.filter((l) => /^\| [0-9]+ \|/.test(l)).length;
    return shown.join('\n') + note(result.findings.length - shownFindings);
}

// The tool's own version, reported in JSON and SARIF output.
const TOOL_NAME = 'base-image-policy';
const TOOL_VERSION = '0.1.0';

const INFORMATION_URI = 'https://github.com/base-image-policy/base-image-policy';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function ruleHelpMarkdown(rule) {
    return [
        rule.help.text,
        '',
        'Found:',
        '```dockerfile',
        rule.help.bad,
        '```',
        'Fixed:',
        '```dockerfile',
        rule.help.good,
        '```',
    ].join('\n');
}
function sarifRule(rule, policy) {
    const level = policy ? severityOf(rule.id, policy) : rule.severity;
    return {
        id: rule.id,
        name: rule.id
            .split('-')
            .map((w) => w[0].toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: rule.description },
        fullDescription: { text: `${rule.description} ${rule.help.text}` },
        helpUri: `${INFORMATION_URI}/blob/main/docs/rules/${rule.id}.md`,
        help: {
            text: `${rule.help.text}\n\nFound: ${rule.help.bad}\nFixed: ${rule.help.good}`,
            markdown: ruleHelpMarkdown(rule),
        },
        defaultConfiguration: { level: level === 'off' ? 'none' : LEVEL[level], enabled: level !== 'off' },
        properties: {
            tags: ['containers', 'dockerfile', 'supply-chain'],
            precision: 'very-high',
            'problem.severity': level === 'off' ? 'recommendation' : level === 'notice' ? 'recommendation' : level,
        },
    };
}
/** A location URI as GitHub wants it: relative to the repository root, `/`-separated, percent-encoded. */
/**
 * A message as SARIF plain text: `[text](target)` there is an embedded link, so brackets and backslashes taken from
 * a Dockerfile are escaped (SARIF 2.1.0 §3.11.6), and a name like `[docs](https://evil)` stays text.
 */
function sarifText(s) {
    return s.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
function sarifUri(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
// the hashing module is loaded when a SARIF report is written: loading it costs every run of the command about 3 ms
const requireBuiltIn = createRequire(import.meta.url);
let crypto;
function fingerprint(f) {
    crypto ??= requireBuiltIn('node:crypto');
    // what the finding is about, not where: a line moving down does not make it a new alert
    return crypto
        .createHash('sha256')
        .update([f.rule, f.path, f.image ?? '', f.message].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
function formatSarif(findings, policy) {
    const rules = RULES;
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: INFORMATION_URI,
                        rules: rules.map((r) => sarifRule(r, policy)),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: index.get(f.rule) ?? 0,
                    level: LEVEL[f.severity],
                    message: {
                        text: sarifText(f.suggestion ? `${f.message}. Suggestion: ${f.suggestion.line}` : f.message),
                    },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: sarifUri(f.path), uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: Math.max(1, f.line),
                                    startColumn: Math.max(1, f.column),
                                    endLine: Math.max(1, f.endLine, f.line),
                                    endColumn: Math.max(1, f.endLine > f.line ? f.endColumn : Math.max(f.endColumn, f.column + 1)),
                                },
                            },
                        },
                    ],
                    partialFingerprints: { 'baseImagePolicy/v1': fingerprint(f) },
                })),
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function describe(use) {
    switch (use.status) {
        case 'resolved':
            return use.image ?? '';
        case 'scratch':
            return 'scratch (empty image)';
        default:
            return `${use.status}: ${use.error ?? ''}`;
    }
}
function pad(s, width) {
    return s.length >= width ? s : s + ' '.repeat(width - s.length);
}
/** Control characters from a file never reach the terminal as such. */
function printable(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function formatInventoryText(files) {
    const out = [];
    let images = 0;
    for (const file of files) {
        out.push(printable(file.path));
        if (file.problem) {
            out.push(`  not read: ${file.problem.message}`);
            continue;
        }
        if (file.images.length === 0)
            out.push('  no images');
        const rows = file.images.map((use) => [
            `${use.line}:${use.column}`,
            use.kind,
            use.stage === null ? '-' : use.final ? `${use.stage} (final)` : use.stage,
            describe(use),
        ]);
        const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
        for (const row of rows) {
            out.push(printable(`  ${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${pad(row[2], widths[2])}  ${row[3]}`));
        }
        for (const warning of file.warnings)
            out.push(printable(`  ${warning.line}:${warning.column}  warning: ${warning.message}`));
        images += file.images.length;
    }
    out.push('');
    out.push(`${files.length} file${files.length === 1 ? '' : 's'}, ${images} image reference${images === 1 ? '' : 's'}`);
    return out.join('\n') + '\n';
}
const COLOURS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1', green: '32' };
function paint(style, colour, s) {
    return style.colour ? `\u001b[${COLOURS[colour]}m${s}\u001b[0m` : s;
}
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColour(isTTY, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '')
        return true;
    return isTTY && env.TERM !== 'dumb';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The scan report for people: findings grouped by file, then the counts and the verdict. */
function formatScanText(result, options) {
    const { style } = options;
    const out = [];
    const byPath = new Map();
    for (const f of result.findings) {
        const list = byPath.get(f.path) ?? [];
        list.push(f);
        byPath.set(f.path, list);
    }
    for (const [path, findings] of byPath) {
        out.push(paint(style, 'bold', printable(path)));
        const where = findings.map((f) => `${f.line}:${f.column}`);
        const width = Math.max(...where.map((w) => w.length));
        findings.forEach((f, i) => {
            out.push(`  ${pad(where[i], width)}  ${paint(style, f.severity, pad(f.severity, 7))}  ${printable(f.message)}  ${paint(style, 'dim', f.rule)}`);
            if (f.suggestion)
                out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  suggestion: ${printable(f.suggestion.line)}`);
        });
        out.push('');
    }
    const { counts } = result;
    const verdict = counts.passed
        ? paint(style, 'green', 'passed')
        : paint(style, 'error', `failed (fail-on: ${options.failOn})`);
    out.push(`${plural(result.files, 'file')}, ${plural(result.images, 'image reference')}, policy ${printable(options.policy)}: ` +
        `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} — ${verdict}`);
    return out.join('\n') + '\n';
}

// scan: the whole flow for a set of paths: discover → read → extract → evaluate, file by file, with the counts
// and the verdict. Reports are built from what this hands on.
const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];
const RANK = { error: 0, warning: 1, notice: 2, never: -1 };
function count(counts, findings, failOn) {
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        if (f.severity === 'error')
            counts.errors++;
        else if (f.severity === 'warning')
            counts.warnings++;
        else
            counts.notices++;
        if (RANK[f.severity] <= RANK[failOn])
            counts.passed = false;
    }
}
/**
 * Scan and judge. `each` sees every file with its findings as soon as it is done, so that reports can be written
 * without holding every file; the findings of all files (and of the policy) are returned, unless the caller says
 * it keeps them itself: then `each` also sees the policy's own findings, with no file, at the end.
 */
function scan(options, each) {
    return judge(options, (handle) => forEachScanned(options, handle), each);
}
function judge(options, iterate, each) {
    const catalog = catalogWith(options.policy.catalog);
    const today = options.today ?? todayUtc();
    const failOn = options.failOn ?? 'error';
    const retain = options.retainFindings ?? true;
    const counts = { errors: 0, warnings: 0, notices: 0, passed: true };
    const policyProblems = policyFindings(options.policy);
    count(counts, policyProblems, failOn);
    const findings = retain ? policyProblems : [];
    let files = 0;
    let images = 0;
    const evaluation = {
        policy: options.policy,
        catalog,
        today,
        digests: options.digests,
        verdicts: new VerdictCache(),
    };
    iterate((file) => {
        const found = evaluateFile(file, evaluation);
        files++;
        images += file.images.length;
        count(counts, found, failOn);
        if (retain)
            for (let i = 0; i < found.length; i++)
                findings.push(found[i]);
        each?.(file, found);
    });
    if (!retain)
        each?.(null, policyProblems);
    return { findings, counts, files, images };
}
/** The day exceptions and end-of-life dates are judged on; BASE_IMAGE_POLICY_TODAY pins it for repeatable reports. */
function pinnedToday(env) {
    const pinned = env.BASE_IMAGE_POLICY_TODAY;
    if (pinned === undefined || pinned === '')
        return undefined;
    if (!isRealDate(pinned))
        throw new UsageError(`BASE_IMAGE_POLICY_TODAY="${pinned}": expected a date as YYYY-MM-DD`);
    return pinned;
}

// The command-line face of the engine: parse flags, run, print, exit (0 passed, 1 findings, 2 usage or config).
const EXIT_PASSED = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
function collect(value, previous) {
    return previous.concat([value]);
}
function parseBuildArgs(values) {
    const args = new Map();
    for (const value of values) {
        const eq = value.indexOf('=');
        const name = eq === -1 ? value : value.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new UsageError(`--build-arg "${value}": expected NAME=value with NAME made of letters, digits and _`);
        }
        if (eq === -1) {
            // as the builder does, NAME alone takes the value from the environment
            const fromEnv = process.env[name];
            if (fromEnv !== undefined)
                args.set(name, fromEnv);
            continue;
        }
        args.set(name, value.slice(eq + 1));
    }
    return args;
}
function parsePlatform(value) {
    if (value === undefined)
        return undefined;
    const parts = value.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_]+$/.test(p))) {
        throw new UsageError(`--platform "${value}": expected OS/ARCH or OS/ARCH/VARIANT, for example linux/arm64`);
    }
    return { os: parts[0], arch: parts[1], variant: parts[2] ?? '' };
}
function emit(text, output, io) {
    if (output) {
        try {
            writeFileSync(output, text);
        }
        catch (error) {
            throw new UsageError(`--output ${output}: cannot write: ${error.code ?? 'error'}`);
        }
    }
    else {
        io.stdout(text);
    }
}
function openSink(output, io) {
    if (output === undefined) {
        const bytes = io.stdoutBytes ??
            ((piece) => io.stdout(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8')));
        return {
            write: (piece) => (typeof piece === 'string' ? io.stdout(piece) : bytes(piece)),
            close: () => { },
        };
    }
    let fd;
    try {
        // an existing report is written over and cut to length at the end, not emptied first: emptying an 11 MB file
        // and then filling new pages took the scanning thread 8 ms more than writing into the pages it had
        fd = openSync(output, constants$1.O_WRONLY | constants$1.O_CREAT, 0o666);
    }
    catch (error) {
        throw new UsageError(`--output ${output}: cannot write: ${error.code ?? 'error'}`);
    }
    // small pieces are gathered into larger writes
    let pending = '';
    let written = 0;
    const flush = () => {
        if (pending !== '')
            written += writeSync(fd, pending);
        pending = '';
    };
    return {
        write: (piece) => {
            if (typeof piece !== 'string') {
                flush();
                written += writeSync(fd, piece);
                return;
            }
            pending += piece;
            if (pending.length > 1 << 16)
                flush();
        },
        close: () => {
            try {
                flush();
                // what is left of a longer earlier report goes; a device or a pipe has nothing to cut
                if (fstatSync(fd).isFile())
                    ftruncateSync(fd, written);
            }
            finally {
                closeSync(fd);
            }
        },
    };
}
const defaultIo = {
    stdout: (s) => process.stdout.write(s),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
};
/** Ask the registries about the tags the Dockerfiles name; say once per registry that could not be asked. */
async function registryPass(options, flags, io) {
    const result = await lookUpFiles(options, { insecure: flags.insecureRegistry ?? [] });
    for (const notice of result.notices)
        io.stderr(`${TOOL_NAME}: notice: ${noticeText(notice)}\n`);
    return result;
}
/** The repository's own policy when it has one, else the built-in policy. */
async function policyFor(given) {
    return (await loadConfiguredPolicy(given, process.cwd(), { defaultSeverities: DEFAULT_SEVERITIES })).policy;
}
function progress(io) {
    if (!io.isTTY)
        return undefined;
    let last = 0;
    let shown = false;
    return (done, finished) => {
        if (finished) {
            if (shown)
                io.stderr(`\rscanned ${done} files\n`);
            return;
        }
        // the walk goes on while files are scanned, so the count is shown without a total
        const now = Date.now();
        if (done < 200 || now - last < 200)
            return;
        last = now;
        shown = true;
        io.stderr(`\rscanning: ${done} files`);
    };
}
function buildProgram(io, setExit) {
    const program = new Command(TOOL_NAME)
        .description('Enforce a base-image policy on Dockerfiles')
        .version(TOOL_VERSION)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');
    const inventoryOptions = (paths, options) => ({
        paths: paths.length ? paths : ['.'],
        files: options.files.length ? options.files : undefined,
        exclude: options.exclude.length ? options.exclude : undefined,
        buildArgs: parseBuildArgs(options.buildArg),
        platform: parsePlatform(options.platform),
        onFile: progress(io),
        readAhead: readAheadWanted(io.env ?? process.env),
    });
    const common = (command, formats) => command
        .addOption(new Option('--format <format>', 'output format').choices(formats).default('text'))
        .option('--output <file>', 'write the report to FILE instead of standard output')
        .option('--build-arg <NAME=value>', 'set a build argument, as docker build --build-arg does (repeatable)', collect, [])
        .option('--platform <os/arch>', 'target and build platform for the automatic platform ARGs', undefined)
        .option('--files <glob>', 'Dockerfile name pattern (repeatable; replaces the defaults)', collect, [])
        .option('--exclude <glob>', 'pattern of paths to skip (repeatable; replaces the defaults)', collect, [])
        .option('--offline', 'ask no registry (the inventory never does)')
        .option('--insecure-registry <host>', 'a registry to reach over plain HTTP (repeatable)', collect, []);
    common(program
        .command('scan')
        .description('judge the Dockerfiles under PATHs against the policy')
        .argument('[paths...]', 'files or folders to scan', []), ['text', 'json', 'sarif', 'markdown'])
        .option('--policy <file>', `policy file (default: ${REPOSITORY_POLICY} if present, else the built-in policy)`)
        .addOption(new Option('--fail-on <level>', 'lowest severity that fails the scan')
        .choices(FAIL_ON_VALUES)
        .default('error'))
        .action(async (paths, options) => {
        const env = io.env ?? process.env;
        const policy = await policyFor(options.policy);
        const failOn = options.failOn ?? 'error';
        const base = inventoryOptions(paths, options);
        const lookUp = options.offline ? undefined : await registryPass(base, options, io);
        const scanOptions = { ...base, policy, failOn, today: pinnedToday(env), digests: lookUp?.facts };
        if (options.format === 'json' && !lookUp) {
            // written as the scan goes; the findings are kept as text until the files are done
            const sink = openSink(options.output, io);
            try {
                const writer = new JsonReportWriter(policy.source, sink.write);
                const result = scan({ ...scanOptions, retainFindings: false }, (file, findings) => {
                    if (file)
                        writer.add(file);
                    writer.addFindings(findings);
                });
                writer.finish([], result.counts);
                setExit(result.counts.passed ? EXIT_PASSED : EXIT_FINDINGS);
            }
            finally {
                sink.close();
            }
            return;
        }
        const writer = options.format === 'json' ? new JsonReportWriter(policy.source) : null;
        const result = scan(scanOptions, (file) => file && writer?.add(file));
        if (lookUp)
            await pinSuggestions(result.findings, lookUp.resolver);
        let text;
        if (writer)
            text = writer.finish(result.findings, result.counts);
        else if (options.format === 'sarif')
            text = formatSarif(result.findings, policy);
        else if (options.format === 'markdown')
            text = formatMarkdown(result, { policy: policy.source, failOn });
        else {
            const colour = options.output === undefined && useColour(Boolean(io.stdoutIsTTY), env);
            text = formatScanText(result, { policy: policy.source, failOn, style: { colour } });
        }
        emit(text, options.output, io);
        setExit(result.counts.passed ? EXIT_PASSED : EXIT_FINDINGS);
    });
    common(program
        .command('fix')
        .description('rewrite FROM lines as the safe suggestions say: approved tags, slim variants (--dry-run prints a diff)')
        .argument('[paths...]', 'files or folders', []), ['text'])
        .option('--policy <file>', `policy file (default: ${REPOSITORY_POLICY} if present, else the built-in policy)`)
        .option('--dry-run', 'print a unified diff instead of writing the files')
        .option('--pin', 'also pin each image to the digest its tag points to now (asks the registries)')
        .action(async (paths, options) => {
        const env = io.env ?? process.env;
        const policy = await policyFor(options.policy);
        const catalog = catalogWith(policy.catalog);
        const today = pinnedToday(env) ?? todayUtc();
        const extract = inventoryOptions(paths, options);
        if (options.pin && options.offline)
            throw new UsageError('--pin needs the registries: leave out --offline');
        const digests = options.pin ? (await registryPass(extract, options, io)).facts : undefined;
        let files = 0;
        let lines = 0;
        let diff = '';
        const skipped = [];
        for (const file of discover(extract)) {
            if (file.problem)
                continue;
            const read = readDockerfile(file.absolute, file.size);
            if (!read.ok)
                continue;
            // rewriting a file that is not valid UTF-8 would change bytes the fix does not mean to touch
            if (read.invalidUtf8) {
                skipped.push(file.path);
                continue;
            }
            const result = fixText(file.path, read.text, {
                policy,
                catalog,
                today,
                extract,
                digests,
                pin: options.pin,
            });
            if (result.applied.length === 0)
                continue;
            files++;
            lines += result.applied.length;
            if (options.dryRun)
                diff += unifiedDiff(file.path, read.text, result.text);
            else
                writeFileSync(file.absolute, result.text);
        }
        const summary = lines === 0
            ? 'nothing to fix\n'
            : `${options.dryRun ? 'would change' : 'changed'} ${lines} line${lines === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`;
        for (const path of skipped)
            io.stderr(`${path}: not valid UTF-8; left as it is\n`);
        emit(options.dryRun ? diff + summary : summary, options.output, io);
        setExit(EXIT_PASSED);
    });
    program
        .command('validate-policy')
        .description('check a policy file and say exactly what is wrong and where')
        .argument('<file>', 'the policy file')
        .action(async (file) => {
        const policy = await loadPolicy(file, { defaultSeverities: DEFAULT_SEVERITIES });
        for (const problem of policy.problems) {
            io.stderr(`${problem.where.file}:${problem.where.line}:${problem.where.column}: ${problem.rule}: ${problem.message}\n`);
        }
        io.stdout(`${file}: valid${policy.files.length > 1 ? ` (extends ${policy.files.slice(0, -1).join(' → ')})` : ''}\n`);
        setExit(policy.problems.length > 0 ? EXIT_FINDINGS : EXIT_PASSED);
    });
    common(program
        .command('inventory')
        .description('list every image reference found, resolved, per file and stage')
        .argument('[paths...]', 'files or folders to scan', []), ['text', 'json']).action((paths, options) => {
        const scanOptions = inventoryOptions(paths, options);
        if (options.format === 'json') {
            const sink = openSink(options.output, io);
            try {
                const writer = new JsonReportWriter(null, sink.write);
                forEachScanned(scanOptions, (file) => writer.add(file));
                writer.finish();
            }
            finally {
                sink.close();
            }
        }
        else {
            emit(formatInventoryText(inventory(scanOptions)), options.output, io);
        }
        setExit(EXIT_PASSED);
    });
    return program;
}
/** Run the command line; returns the exit status instead of exiting, so tests can call it. */
async function runCli(argv, io = defaultIo) {
    let code = EXIT_PASSED;
    const program = buildProgram(io, (c) => (code = c));
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' ||
                error.code === 'commander.version' ||
                error.code === 'commander.help') {
                return EXIT_PASSED;
            }
            return EXIT_USAGE;
        }
        if (error instanceof UsageError) {
            io.stderr(`${TOOL_NAME}: ${error.message}\n`);
            return EXIT_USAGE;
        }
        if (error instanceof PolicyError) {
            io.stderr(`${TOOL_NAME}: the policy cannot be used:\n${error.message}\n`);
            return EXIT_USAGE;
        }
        throw error;
    }
}

// Entry point of the `base-image-policy` command (bundled to dist/cli.js).
runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    // an internal fault: say what happened in one line, without a stack trace unless asked for
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`base-image-policy: internal error: ${message}\n`);
    if (process.env.BASE_IMAGE_POLICY_DEBUG)
        process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 2;
});
