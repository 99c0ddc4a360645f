#!/usr/bin/env node
import require$$3, { lstatSync, realpathSync, statSync, readdirSync, openSync, fstatSync, readSync, closeSync, writeFileSync } from 'node:fs';
import require$$0$1 from 'node:events';
import require$$1$1 from 'node:child_process';
import path from 'node:path';
import require$$4 from 'node:process';
import { isUtf8 } from 'node:buffer';

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

function getAugmentedNamespace(n) {
  if (Object.prototype.hasOwnProperty.call(n, '__esModule')) return n;
  var f = n.default;
	if (typeof f == "function") {
		var a = function a () {
			var isInstance = false;
      try {
        isInstance = this instanceof a;
      } catch (e) {}
			if (isInstance) {
        return Reflect.construct(f, arguments, this.constructor);
			}
			return f.apply(this, arguments);
		};
		a.prototype = f.prototype;
  } else a = {};
  Object.defineProperty(a, '__esModule', {value: true});
	Object.keys(n).forEach(function (k) {
		var d = Object.getOwnPropertyDescriptor(n, k);
		Object.defineProperty(a, k, d.get ? d : {
			enumerable: true,
			get: function () {
				return n[k];
			}
		});
	});
	return a;
}

var commander$1 = {};

var argument$1 = {};

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

var hasRequiredArgument$1;

function requireArgument$1 () {
	if (hasRequiredArgument$1) return argument$1;
	hasRequiredArgument$1 = 1;
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

	argument$1.Argument = Argument;
	argument$1.humanReadableArgName = humanReadableArgName;
	return argument$1;
}

var command = {};

var help = {};

var hasRequiredHelp;

function requireHelp () {
	if (hasRequiredHelp) return help;
	hasRequiredHelp = 1;
	const { humanReadableArgName } = requireArgument$1();

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
	const EventEmitter = require$$0$1.EventEmitter;
	const childProcess = require$$1$1;
	const path$1 = path;
	const fs = require$$3;
	const process = require$$4;

	const { Argument, humanReadableArgName } = requireArgument$1();
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
	const { Argument } = requireArgument$1();
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
  Command: Command$1,
  Argument,
  Option,
  Help,
} = commander;

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
const DEFAULT_FILE_PATTERNS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
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
function discover(options = {}) {
    const root = path.resolve(options.root ?? process.cwd());
    const isDockerfile = compile(options.files ?? DEFAULT_FILE_PATTERNS, 'files');
    const isExcluded = compile(options.exclude ?? DEFAULT_EXCLUDE_PATTERNS, 'exclude');
    // keyed by absolute path; paths are reported relative to the root, or to the named folder when it lies outside
    const found = new Map();
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
        found.set(absolute, { path: relative, absolute, size, problem });
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
        for (const entry of entries) {
            const relative = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name === '.git' || isExcluded(`${relative}/`))
                    continue;
                walk(path.join(dir, entry.name), relative, boundary);
            }
            else if (entry.isFile()) {
                if (isDockerfile(relative) && !isExcluded(relative) && !found.has(path.join(dir, entry.name))) {
                    const absolute = path.join(dir, entry.name);
                    // the size is checked when the file is read
                    found.set(absolute, { path: relative, absolute, size: -1, problem: null });
                }
            }
            else if (entry.isSymbolicLink() && isDockerfile(relative) && !isExcluded(relative)) {
                const absolute = path.join(dir, entry.name);
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
    for (const given of options.paths?.length ? options.paths : [root]) {
        const absolute = path.resolve(root, given);
        let stats;
        try {
            stats = lstatSync(absolute);
        }
        catch {
            throw new UsageError(`${given}: no such file or folder`);
        }
        const inside = isInside(absolute, root);
        if (stats.isDirectory()) {
            const base = inside ? root : absolute;
            walk(absolute, toPosix(path.relative(base, absolute)), realpathSync(absolute));
        }
        else {
            // a file named on the command line is scanned whatever its name; a link must stay inside the root
            const base = inside ? root : path.dirname(absolute);
            const boundary = realpathSync(base);
            if (stats.isSymbolicLink()) {
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
            addFile(absolute, stats, boundary, rel(absolute, base));
        }
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
const DOLLAR$1 = 36;
const PERCENT = 37;
const SQUOTE = 39;
const STAR = 42;
const PLUS$1 = 43;
const MINUS = 45;
const SLASH$1 = 47;
const COLON$1 = 58;
const QUESTION = 63;
const BACKSLASH = 92;
const UNDERSCORE$1 = 95;
const LBRACE = 123;
const RBRACE = 125;
const HASH$2 = 35;
const BOM = 0xfeff;
const EOF = -1;
// POSIX special parameters (BuildKit's isSpecialParam); '0' is caught by the digit rule first.
const SPECIAL_PARAMS = new Set([0x40, STAR, HASH$2, QUESTION, MINUS, DOLLAR$1, 0x21, 0x30]);
// Pattern atom for `?`; literal atoms are code points, so they are never negative.
const ANY = -1;
// Cap on pattern-matching work per word (atom comparisons): hostile input fails fast instead of
// spinning. Real FROM lines use a few hundred at most.
const MATCH_BUDGET = 20_000_000;
// Go's unicode.IsLetter / unicode.IsDigit, which BuildKit uses for names.
const isLetter = (cp) => (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp > 127 && /\p{L}/u.test(String.fromCodePoint(cp)));
const isDigit$1 = (cp) => (cp >= 48 && cp <= 57) || (cp > 127 && /\p{Nd}/u.test(String.fromCodePoint(cp)));
const isNameChar$1 = (cp) => isLetter(cp) || isDigit$1(cp) || cp === UNDERSCORE$1;
function expandWord(word, lookup, escapeToken = '\\') {
    const lexer = new Lexer(word, lookup, escapeToken.charCodeAt(0));
    const value = lexer.word(EOF, false, 0);
    return { value, matched: [...lexer.matched], unmatched: [...lexer.unmatched] };
}
function containsVariable(word, escapeToken = '\\') {
    const esc = escapeToken.charCodeAt(0);
    let inDouble = false;
    for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c === DOLLAR$1) {
            const next = word.codePointAt(i + 1);
            if (next !== undefined && (next === LBRACE || isNameChar$1(next) || SPECIAL_PARAMS.has(next)))
                return true;
        }
        else if (c === esc) {
            // Inside double quotes the escape only protects `"`, `$` and itself.
            const next = word.charCodeAt(i + 1);
            if (!inDouble || next === DQUOTE || next === DOLLAR$1 || next === esc)
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
            if (c === DOLLAR$1 || c === SQUOTE || c === DQUOTE) {
                out += s.slice(run, this.pos);
                out += c === DOLLAR$1 ? this.dollar() : c === SQUOTE ? this.singleQuoted() : this.doubleQuoted(raw);
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
            if (c === DOLLAR$1) {
                out += s.slice(run, this.pos);
                out += this.dollar();
                run = this.pos;
                continue;
            }
            if (c === this.esc && this.pos + 1 < s.length) {
                const next = s.charCodeAt(this.pos + 1);
                if (next === DQUOTE || next === DOLLAR$1 || next === this.esc) {
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
        if (isDigit$1(first)) {
            for (let cp = first; isDigit$1(cp); cp = s.codePointAt(this.pos) ?? EOF)
                this.pos += cp > 0xffff ? 2 : 1;
            return s.slice(start, this.pos);
        }
        if (SPECIAL_PARAMS.has(first))
            return s[this.pos++];
        for (let cp = first; isNameChar$1(cp); cp = s.codePointAt(this.pos) ?? EOF)
            this.pos += cp > 0xffff ? 2 : 1;
        return s.slice(start, this.pos);
    }
    // Positional and special parameters have no value in a Dockerfile, so they are never looked up.
    get(name) {
        const first = name.codePointAt(0);
        if (first === undefined || isDigit$1(first) || SPECIAL_PARAMS.has(first))
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
        if (first === LBRACE || first === RBRACE || first === COLON$1) {
            throw new ExpansionError('syntax error: bad substitution', start);
        }
        const name = this.name();
        if (this.pos >= s.length)
            throw new ExpansionError("syntax error: missing '}'", start);
        let opAt = this.pos++;
        let op = s.charCodeAt(opAt);
        if (op === RBRACE)
            return this.get(name) ?? '';
        if (op === SLASH$1)
            return this.replace(name, start);
        const unsupported = () => new ExpansionError(`unsupported modifier (${s.slice(start + 2 + name.length, opAt + 1)}) in substitution`, opAt);
        const nullIsUnset = op === COLON$1;
        if (nullIsUnset) {
            opAt = this.pos++;
            op = s.charCodeAt(opAt);
        }
        else if (op !== PLUS$1 && op !== MINUS && op !== QUESTION && op !== HASH$2 && op !== PERCENT) {
            throw unsupported();
        }
        const trim = op === HASH$2 || op === PERCENT;
        if (nullIsUnset && trim)
            throw unsupported();
        // BuildKit expands the word (and looks up its variables) before looking at the operator.
        let word = this.word(RBRACE, trim, start);
        const value = this.get(name);
        const unset = value === undefined || (nullIsUnset && value === '');
        switch (op) {
            case MINUS:
                return unset ? word : (value ?? '');
            case PLUS$1:
                return unset ? '' : word;
            case QUESTION:
                if (unset) {
                    const why = value === undefined ? 'is not allowed to be unset' : 'is not allowed to be empty';
                    throw new ExpansionError(`${name}: ${word !== '' ? word : why}`, start);
                }
                return value ?? '';
            case HASH$2:
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
        const { cps, offsets } = decode(value);
        if (suffix)
            cps.reverse();
        const end = new Matcher(cps, segs, this.budget, at).prefix(0, longest);
        if (end < 0)
            return value;
        return suffix ? value.slice(0, offsets[cps.length - end]) : value.slice(offsets[end]);
    }
    replace(name, start) {
        const all = this.src.charCodeAt(this.pos) === SLASH$1;
        if (all)
            this.pos++;
        const pattern = this.word(SLASH$1, true, start);
        const replacement = this.word(RBRACE, true, start);
        const value = this.get(name) ?? '';
        const segs = compilePattern(codePoints(pattern), pattern, start);
        const { cps, offsets } = decode(value);
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
    return decode(s).cps;
}
// Code points of `s`, and the UTF-16 offset of each (plus the end) for slicing the original.
function decode(s) {
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
            if (next === RBRACE || next === SLASH$1)
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
        if (tpl.charCodeAt(j) === DOLLAR$1) {
            out += '$';
            run = j + 1;
            continue;
        }
        const brace = tpl.charCodeAt(j) === LBRACE;
        if (brace)
            j++;
        const nameStart = j;
        for (let cp = tpl.codePointAt(j) ?? EOF; isNameChar$1(cp); cp = tpl.codePointAt(j) ?? EOF) {
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
const SLASH = 47;
const COLON = 58;
const DOT = 46;
const DASH = 45;
const UNDERSCORE = 95;
const PLUS = 43;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isLower(c) {
    return c >= 97 && c <= 122;
}
function isUpper(c) {
    return c >= 65 && c <= 90;
}
function isAlnum(c) {
    return isDigit(c) || isLower(c) || isUpper(c);
}
function isLowerHex(c) {
    return isDigit(c) || (c >= 97 && c <= 102);
}
function isHex(c) {
    return isLowerHex(c) || (c >= 65 && c <= 70);
}
/** Go's \w: ASCII letters, digits and underscore. */
function isWord(c) {
    return isAlnum(c) || c === UNDERSCORE;
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
        if (isWord(c) || c === DOT || c === DASH || c === SLASH || c === COLON || c === AT || c === PLUS)
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
        else if (c === PLUS || c === DOT || c === UNDERSCORE || c === DASH) {
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
            if (!isHex(c) && c !== COLON)
                return 'an IPv6 address may hold only hexadecimal digits and ":"';
        }
        hostEnd = close + 1;
        if (hostEnd < domain.length && domain.charCodeAt(hostEnd) !== COLON)
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
        if (!isDigit(domain.charCodeAt(i)))
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
    if (first === UNDERSCORE)
        return length === 1 || (length === 2 && s.charCodeAt(start + 1) === UNDERSCORE);
    for (let i = start; i < end; i++)
        if (s.charCodeAt(i) !== DASH)
            return false;
    return true;
}
function isSeparatorChar(c) {
    return c === DOT || c === UNDERSCORE || c === DASH;
}
function isPathAlnum(c) {
    return isDigit(c) || isLower(c);
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
/**
 * Parses an image reference as Docker's ParseNormalizedNamed does (name [":" tag] ["@" digest]) and normalises
 * it. Also rejects what ParseAnyReference would read as an image ID or a bare digest, since neither names a
 * repository.
 */
function parseImageReference(input) {
    if (input === '')
        return fail('invalid reference format: the image reference is empty');
    const characterIssue = characterProblem(input);
    if (characterIssue)
        return fail(characterIssue);
    const first = input.charCodeAt(0);
    if (first === COLON || first === AT)
        return fail(`invalid reference format: no repository name before ${show(input[0])}`);
    if (isIdentifier(input))
        return fail(`invalid repository name ${show(input)}: cannot specify 64-byte hexadecimal strings (that is an image ID)`);
    if (digestProblem(input) === null)
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

// Parser directives (`# syntax=…`, `# escape=…`, `# check=…`) as the builder reads them: only at the very top of
// the file, each line left-trimmed, keys case-insensitive; the first line that is not a known directive (a comment,
// a blank line, an instruction, an unknown key) ends them.
const KNOWN = new Set(['syntax', 'escape', 'check']);
function isBlank$1(c) {
    return c === ' ' || c === '\t';
}
function isNameStart(c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
function isNameChar(c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
}
function parseDirectives(text) {
    const list = [];
    const problems = [];
    let escape = '\\';
    let pos = 0;
    while (pos < text.length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = text.length;
        let lineEnd = eol;
        if (lineEnd > pos && text[lineEnd - 1] === '\r')
            lineEnd--;
        let i = pos;
        while (i < lineEnd && isBlank$1(text[i]))
            i++;
        if (text[i] !== '#')
            break;
        i++;
        while (i < lineEnd && isBlank$1(text[i]))
            i++;
        const keyStart = i;
        if (i >= lineEnd || !isNameStart(text[i]))
            break;
        while (i < lineEnd && isNameChar(text[i]))
            i++;
        const key = text.slice(keyStart, i).toLowerCase();
        while (i < lineEnd && isBlank$1(text[i]))
            i++;
        if (text[i] !== '=')
            break;
        i++;
        while (i < lineEnd && isBlank$1(text[i]))
            i++;
        let valueEnd = lineEnd;
        while (valueEnd > i && (isBlank$1(text[valueEnd - 1]) || text[valueEnd - 1] === '\r'))
            valueEnd--;
        if (valueEnd === i || !KNOWN.has(key))
            break;
        const value = text.slice(i, valueEnd);
        if (list.some((d) => d.key === key)) {
            problems.push({ offset: keyStart, message: `only one ${key} parser directive can be used` });
        }
        else {
            if (key === 'escape') {
                if (value === '`' || value === '\\')
                    escape = value;
                else
                    problems.push({ offset: i, message: `invalid escape token '${value}': expected \` or \\` });
            }
            list.push({
                key: key,
                value,
                valueStart: i,
                valueEnd,
                lineStart: pos,
                lineEnd,
            });
        }
        pos = eol + 1;
    }
    return { list, escape, problems };
}

var main$2 = {};

var argument = {};

var hasRequiredArgument;

function requireArgument () {
	if (hasRequiredArgument) return argument;
	hasRequiredArgument = 1;
	Object.defineProperty(argument, "__esModule", { value: true });
	argument.Argument = void 0;
	class Argument {
	    constructor(value, range) {
	        this.value = value;
	        this.range = range;
	    }
	    toString() {
	        return this.value;
	    }
	    getRange() {
	        return this.range;
	    }
	    getValue() {
	        return this.value;
	    }
	    isAfter(position) {
	        if (this.range.end.line < position.line) {
	            return false;
	        }
	        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
	    }
	    isBefore(position) {
	        if (this.range.start.line < position.line) {
	            return true;
	        }
	        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
	    }
	}
	argument.Argument = Argument;
	return argument;
}

var jsonArgument = {};

var hasRequiredJsonArgument;

function requireJsonArgument () {
	if (hasRequiredJsonArgument) return jsonArgument;
	hasRequiredJsonArgument = 1;
	Object.defineProperty(jsonArgument, "__esModule", { value: true });
	jsonArgument.JSONArgument = void 0;
	const argument_1 = requireArgument();
	class JSONArgument extends argument_1.Argument {
	    constructor(value, range, jsonRange) {
	        super(value, range);
	        this.jsonRange = jsonRange;
	    }
	    getJSONRange() {
	        return this.jsonRange;
	    }
	    getJSONValue() {
	        let value = super.getValue();
	        value = value.substring(1, value.length - 1);
	        return value;
	    }
	}
	jsonArgument.JSONArgument = JSONArgument;
	return jsonArgument;
}

var comment = {};

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */
var DocumentUri;
(function (DocumentUri) {
    function is(value) {
        return typeof value === 'string';
    }
    DocumentUri.is = is;
})(DocumentUri || (DocumentUri = {}));
var URI;
(function (URI) {
    function is(value) {
        return typeof value === 'string';
    }
    URI.is = is;
})(URI || (URI = {}));
var integer;
(function (integer) {
    integer.MIN_VALUE = -2147483648;
    integer.MAX_VALUE = 2147483647;
    function is(value) {
        return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
    }
    integer.is = is;
})(integer || (integer = {}));
var uinteger;
(function (uinteger) {
    uinteger.MIN_VALUE = 0;
    uinteger.MAX_VALUE = 2147483647;
    function is(value) {
        return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
    }
    uinteger.is = is;
})(uinteger || (uinteger = {}));
/**
 * The Position namespace provides helper functions to work with
 * {@link Position} literals.
 */
var Position;
(function (Position) {
    /**
     * Creates a new Position literal from the given line and character.
     * @param line The position's line.
     * @param character The position's character.
     */
    function create(line, character) {
        if (line === Number.MAX_VALUE) {
            line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
            character = uinteger.MAX_VALUE;
        }
        return { line, character };
    }
    Position.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Position} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
    }
    Position.is = is;
})(Position || (Position = {}));
/**
 * The Range namespace provides helper functions to work with
 * {@link Range} literals.
 */
var Range;
(function (Range) {
    function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
            return { start: Position.create(one, two), end: Position.create(three, four) };
        }
        else if (Position.is(one) && Position.is(two)) {
            return { start: one, end: two };
        }
        else {
            throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
    }
    Range.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Range} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
    }
    Range.is = is;
})(Range || (Range = {}));
/**
 * The Location namespace provides helper functions to work with
 * {@link Location} literals.
 */
var Location;
(function (Location) {
    /**
     * Creates a Location literal.
     * @param uri The location's uri.
     * @param range The location's range.
     */
    function create(uri, range) {
        return { uri, range };
    }
    Location.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Location} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
    }
    Location.is = is;
})(Location || (Location = {}));
/**
 * The LocationLink namespace provides helper functions to work with
 * {@link LocationLink} literals.
 */
var LocationLink;
(function (LocationLink) {
    /**
     * Creates a LocationLink literal.
     * @param targetUri The definition's uri.
     * @param targetRange The full range of the definition.
     * @param targetSelectionRange The span of the symbol definition at the target.
     * @param originSelectionRange The span of the symbol being defined in the originating source file.
     */
    function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
    }
    LocationLink.create = create;
    /**
     * Checks whether the given literal conforms to the {@link LocationLink} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
            && Range.is(candidate.targetSelectionRange)
            && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
    }
    LocationLink.is = is;
})(LocationLink || (LocationLink = {}));
/**
 * The Color namespace provides helper functions to work with
 * {@link Color} literals.
 */
var Color;
(function (Color) {
    /**
     * Creates a new Color literal.
     */
    function create(red, green, blue, alpha) {
        return {
            red,
            green,
            blue,
            alpha,
        };
    }
    Color.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Color} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
            && Is.numberRange(candidate.green, 0, 1)
            && Is.numberRange(candidate.blue, 0, 1)
            && Is.numberRange(candidate.alpha, 0, 1);
    }
    Color.is = is;
})(Color || (Color = {}));
/**
 * The ColorInformation namespace provides helper functions to work with
 * {@link ColorInformation} literals.
 */
var ColorInformation;
(function (ColorInformation) {
    /**
     * Creates a new ColorInformation literal.
     */
    function create(range, color) {
        return {
            range,
            color,
        };
    }
    ColorInformation.create = create;
    /**
     * Checks whether the given literal conforms to the {@link ColorInformation} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
    }
    ColorInformation.is = is;
})(ColorInformation || (ColorInformation = {}));
/**
 * The Color namespace provides helper functions to work with
 * {@link ColorPresentation} literals.
 */
var ColorPresentation;
(function (ColorPresentation) {
    /**
     * Creates a new ColorInformation literal.
     */
    function create(label, textEdit, additionalTextEdits) {
        return {
            label,
            textEdit,
            additionalTextEdits,
        };
    }
    ColorPresentation.create = create;
    /**
     * Checks whether the given literal conforms to the {@link ColorInformation} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label)
            && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
            && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
    }
    ColorPresentation.is = is;
})(ColorPresentation || (ColorPresentation = {}));
/**
 * A set of predefined range kinds.
 */
var FoldingRangeKind;
(function (FoldingRangeKind) {
    /**
     * Folding range for a comment
     */
    FoldingRangeKind.Comment = 'comment';
    /**
     * Folding range for an import or include
     */
    FoldingRangeKind.Imports = 'imports';
    /**
     * Folding range for a region (e.g. `#region`)
     */
    FoldingRangeKind.Region = 'region';
})(FoldingRangeKind || (FoldingRangeKind = {}));
/**
 * The folding range namespace provides helper functions to work with
 * {@link FoldingRange} literals.
 */
var FoldingRange;
(function (FoldingRange) {
    /**
     * Creates a new FoldingRange literal.
     */
    function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
            startLine,
            endLine
        };
        if (Is.defined(startCharacter)) {
            result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
            result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
            result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
            result.collapsedText = collapsedText;
        }
        return result;
    }
    FoldingRange.create = create;
    /**
     * Checks whether the given literal conforms to the {@link FoldingRange} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
            && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
            && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
            && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
    }
    FoldingRange.is = is;
})(FoldingRange || (FoldingRange = {}));
/**
 * The DiagnosticRelatedInformation namespace provides helper functions to work with
 * {@link DiagnosticRelatedInformation} literals.
 */
var DiagnosticRelatedInformation;
(function (DiagnosticRelatedInformation) {
    /**
     * Creates a new DiagnosticRelatedInformation literal.
     */
    function create(location, message) {
        return {
            location,
            message
        };
    }
    DiagnosticRelatedInformation.create = create;
    /**
     * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
    }
    DiagnosticRelatedInformation.is = is;
})(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
/**
 * The diagnostic's severity.
 */
var DiagnosticSeverity;
(function (DiagnosticSeverity) {
    /**
     * Reports an error.
     */
    DiagnosticSeverity.Error = 1;
    /**
     * Reports a warning.
     */
    DiagnosticSeverity.Warning = 2;
    /**
     * Reports an information.
     */
    DiagnosticSeverity.Information = 3;
    /**
     * Reports a hint.
     */
    DiagnosticSeverity.Hint = 4;
})(DiagnosticSeverity || (DiagnosticSeverity = {}));
/**
 * The diagnostic tags.
 *
 * @since 3.15.0
 */
var DiagnosticTag;
(function (DiagnosticTag) {
    /**
     * Unused or unnecessary code.
     *
     * Clients are allowed to render diagnostics with this tag faded out instead of having
     * an error squiggle.
     */
    DiagnosticTag.Unnecessary = 1;
    /**
     * Deprecated or obsolete code.
     *
     * Clients are allowed to rendered diagnostics with this tag strike through.
     */
    DiagnosticTag.Deprecated = 2;
})(DiagnosticTag || (DiagnosticTag = {}));
/**
 * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
 *
 * @since 3.16.0
 */
var CodeDescription;
(function (CodeDescription) {
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
    }
    CodeDescription.is = is;
})(CodeDescription || (CodeDescription = {}));
/**
 * The Diagnostic namespace provides helper functions to work with
 * {@link Diagnostic} literals.
 */
var Diagnostic;
(function (Diagnostic) {
    /**
     * Creates a new Diagnostic literal.
     */
    function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
            result.severity = severity;
        }
        if (Is.defined(code)) {
            result.code = code;
        }
        if (Is.defined(source)) {
            result.source = source;
        }
        if (Is.defined(relatedInformation)) {
            result.relatedInformation = relatedInformation;
        }
        return result;
    }
    Diagnostic.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Diagnostic} interface.
     */
    function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate)
            && Range.is(candidate.range)
            && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
            && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
            && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
            && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
            && (Is.string(candidate.source) || Is.undefined(candidate.source))
            && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
    }
    Diagnostic.is = is;
    /**
     * Checks whether the given diagnostic's message conforms to the 3.17.0
     * version of the protocol where the message is a string.
     *
     * @param value the diagnostic
     * @returns true if the diagnostic's message is a string, false otherwise.
     */
    function is3_17(value) {
        return Is.string(value.message);
    }
    Diagnostic.is3_17 = is3_17;
    /**
     * Gets the message string of a diagnostic. If the message is already a
     * string, it is returned as is. If the message is a MarkupContent,
     * the value of the MarkupContent is returned. Otherwise an error is thrown.
     *
     * @param diagnostic the diagnostic to get the message string from.
     * @returns the message string of the given diagnostic.
     */
    function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
            return diagnostic.message;
        }
        else if (MarkupContent.is(diagnostic.message)) {
            return diagnostic.message.value;
        }
        else {
            throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
    }
    Diagnostic.getMessageString = getMessageString;
})(Diagnostic || (Diagnostic = {}));
/**
 * The Command namespace provides helper functions to work with
 * {@link Command} literals.
 */
var Command;
(function (Command) {
    /**
     * Creates a new Command literal.
     */
    function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
            result.arguments = args;
        }
        return result;
    }
    Command.create = create;
    /**
     * Checks whether the given literal conforms to the {@link Command} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
    }
    Command.is = is;
})(Command || (Command = {}));
/**
 * The TextEdit namespace provides helper function to create replace,
 * insert and delete edits more easily.
 */
var TextEdit;
(function (TextEdit) {
    /**
     * Creates a replace text edit.
     * @param range The range of text to be replaced.
     * @param newText The new text.
     */
    function replace(range, newText) {
        return { range, newText };
    }
    TextEdit.replace = replace;
    /**
     * Creates an insert text edit.
     * @param position The position to insert the text at.
     * @param newText The text to be inserted.
     */
    function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
    }
    TextEdit.insert = insert;
    /**
     * Creates a delete text edit.
     * @param range The range of text to be deleted.
     */
    function del(range) {
        return { range, newText: '' };
    }
    TextEdit.del = del;
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate)
            && Is.string(candidate.newText)
            && Range.is(candidate.range);
    }
    TextEdit.is = is;
})(TextEdit || (TextEdit = {}));
var ChangeAnnotation;
(function (ChangeAnnotation) {
    function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== undefined) {
            result.needsConfirmation = needsConfirmation;
        }
        if (description !== undefined) {
            result.description = description;
        }
        return result;
    }
    ChangeAnnotation.create = create;
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
            (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
            (Is.string(candidate.description) || candidate.description === undefined);
    }
    ChangeAnnotation.is = is;
})(ChangeAnnotation || (ChangeAnnotation = {}));
var ChangeAnnotationIdentifier;
(function (ChangeAnnotationIdentifier) {
    function is(value) {
        const candidate = value;
        return Is.string(candidate);
    }
    ChangeAnnotationIdentifier.is = is;
})(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
var AnnotatedTextEdit;
(function (AnnotatedTextEdit) {
    /**
     * Creates an annotated replace text edit.
     *
     * @param range The range of text to be replaced.
     * @param newText The new text.
     * @param annotation The annotation.
     */
    function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
    }
    AnnotatedTextEdit.replace = replace;
    /**
     * Creates an annotated insert text edit.
     *
     * @param position The position to insert the text at.
     * @param newText The text to be inserted.
     * @param annotation The annotation.
     */
    function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
    }
    AnnotatedTextEdit.insert = insert;
    /**
     * Creates an annotated delete text edit.
     *
     * @param range The range of text to be deleted.
     * @param annotation The annotation.
     */
    function del(range, annotation) {
        return { range, newText: '', annotationId: annotation };
    }
    AnnotatedTextEdit.del = del;
    function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
    }
    AnnotatedTextEdit.is = is;
})(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
/**
 * The TextDocumentEdit namespace provides helper function to create
 * an edit that manipulates a text document.
 */
var TextDocumentEdit;
(function (TextDocumentEdit) {
    /**
     * Creates a new `TextDocumentEdit`
     */
    function create(textDocument, edits) {
        return { textDocument, edits };
    }
    TextDocumentEdit.create = create;
    function is(value) {
        const candidate = value;
        return Is.defined(candidate)
            && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
            && Array.isArray(candidate.edits);
    }
    TextDocumentEdit.is = is;
})(TextDocumentEdit || (TextDocumentEdit = {}));
var CreateFile;
(function (CreateFile) {
    function create(uri, options, annotation) {
        const result = {
            kind: 'create',
            uri
        };
        if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
            result.options = options;
        }
        if (annotation !== undefined) {
            result.annotationId = annotation;
        }
        return result;
    }
    CreateFile.create = create;
    function is(value) {
        const candidate = value;
        return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
            ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
    }
    CreateFile.is = is;
})(CreateFile || (CreateFile = {}));
var RenameFile;
(function (RenameFile) {
    function create(oldUri, newUri, options, annotation) {
        const result = {
            kind: 'rename',
            oldUri,
            newUri
        };
        if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
            result.options = options;
        }
        if (annotation !== undefined) {
            result.annotationId = annotation;
        }
        return result;
    }
    RenameFile.create = create;
    function is(value) {
        const candidate = value;
        return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
            ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
    }
    RenameFile.is = is;
})(RenameFile || (RenameFile = {}));
var DeleteFile;
(function (DeleteFile) {
    function create(uri, options, annotation) {
        const result = {
            kind: 'delete',
            uri
        };
        if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
            result.options = options;
        }
        if (annotation !== undefined) {
            result.annotationId = annotation;
        }
        return result;
    }
    DeleteFile.create = create;
    function is(value) {
        const candidate = value;
        return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
            ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
    }
    DeleteFile.is = is;
})(DeleteFile || (DeleteFile = {}));
var WorkspaceEdit;
(function (WorkspaceEdit) {
    function is(value) {
        const candidate = value;
        return candidate &&
            (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
            (candidate.documentChanges === undefined || candidate.documentChanges.every((change) => {
                if (Is.string(change.kind)) {
                    return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                }
                else {
                    return TextDocumentEdit.is(change);
                }
            }));
    }
    WorkspaceEdit.is = is;
})(WorkspaceEdit || (WorkspaceEdit = {}));
class TextEditChangeImpl {
    constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
    }
    insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === undefined) {
            edit = TextEdit.insert(position, newText);
        }
        else if (ChangeAnnotationIdentifier.is(annotation)) {
            id = annotation;
            edit = AnnotatedTextEdit.insert(position, newText, annotation);
        }
        else {
            this.assertChangeAnnotations(this.changeAnnotations);
            id = this.changeAnnotations.manage(annotation);
            edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== undefined) {
            return id;
        }
    }
    replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === undefined) {
            edit = TextEdit.replace(range, newText);
        }
        else if (ChangeAnnotationIdentifier.is(annotation)) {
            id = annotation;
            edit = AnnotatedTextEdit.replace(range, newText, annotation);
        }
        else {
            this.assertChangeAnnotations(this.changeAnnotations);
            id = this.changeAnnotations.manage(annotation);
            edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== undefined) {
            return id;
        }
    }
    delete(range, annotation) {
        let edit;
        let id;
        if (annotation === undefined) {
            edit = TextEdit.del(range);
        }
        else if (ChangeAnnotationIdentifier.is(annotation)) {
            id = annotation;
            edit = AnnotatedTextEdit.del(range, annotation);
        }
        else {
            this.assertChangeAnnotations(this.changeAnnotations);
            id = this.changeAnnotations.manage(annotation);
            edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== undefined) {
            return id;
        }
    }
    add(edit) {
        this.edits.push(edit);
    }
    all() {
        return this.edits;
    }
    clear() {
        this.edits.splice(0, this.edits.length);
    }
    assertChangeAnnotations(value) {
        if (value === undefined) {
            throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
    }
}
var SnippetTextEdit;
(function (SnippetTextEdit) {
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate)
            && Range.is(candidate.range)
            && StringValue.isSnippet(candidate.snippet)
            && (candidate.annotationId === undefined ||
                (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
    }
    SnippetTextEdit.is = is;
})(SnippetTextEdit || (SnippetTextEdit = {}));
/**
 * A helper class
 */
class ChangeAnnotations {
    constructor(annotations) {
        this._annotations = annotations === undefined ? Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
    }
    all() {
        return this._annotations;
    }
    get size() {
        return this._size;
    }
    manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
            id = idOrAnnotation;
        }
        else {
            id = this.nextId();
            annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== undefined) {
            throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === undefined) {
            throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
    }
    nextId() {
        this._counter++;
        return this._counter.toString();
    }
}
/**
 * A workspace change helps constructing changes to a workspace.
 */
class WorkspaceChange {
    constructor(workspaceEdit) {
        this._textEditChanges = Object.create(null);
        if (workspaceEdit !== undefined) {
            this._workspaceEdit = workspaceEdit;
            if (workspaceEdit.documentChanges) {
                this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                workspaceEdit.documentChanges.forEach((change) => {
                    if (TextDocumentEdit.is(change)) {
                        const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                        this._textEditChanges[change.textDocument.uri] = textEditChange;
                    }
                });
            }
            else if (workspaceEdit.changes) {
                Object.keys(workspaceEdit.changes).forEach((key) => {
                    const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                    this._textEditChanges[key] = textEditChange;
                });
            }
        }
        else {
            this._workspaceEdit = {};
        }
    }
    /**
     * Returns the underlying {@link WorkspaceEdit} literal
     * use to be returned from a workspace edit operation like rename.
     */
    get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== undefined) {
            if (this._changeAnnotations.size === 0) {
                this._workspaceEdit.changeAnnotations = undefined;
            }
            else {
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        }
        return this._workspaceEdit;
    }
    getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            const textDocument = { uri: key.uri, version: key.version };
            let result = this._textEditChanges[textDocument.uri];
            if (!result) {
                const edits = [];
                const textDocumentEdit = {
                    textDocument,
                    edits
                };
                this._workspaceEdit.documentChanges.push(textDocumentEdit);
                result = new TextEditChangeImpl(edits, this._changeAnnotations);
                this._textEditChanges[textDocument.uri] = result;
            }
            return result;
        }
        else {
            this.initChanges();
            if (this._workspaceEdit.changes === undefined) {
                throw new Error('Workspace edit is not configured for normal text edit changes.');
            }
            let result = this._textEditChanges[key];
            if (!result) {
                const edits = [];
                this._workspaceEdit.changes[key] = edits;
                result = new TextEditChangeImpl(edits);
                this._textEditChanges[key] = result;
            }
            return result;
        }
    }
    initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
            this._changeAnnotations = new ChangeAnnotations();
            this._workspaceEdit.documentChanges = [];
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
    }
    initChanges() {
        if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
            this._workspaceEdit.changes = Object.create(null);
        }
    }
    createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === undefined) {
            throw new Error('Workspace edit is not configured for document changes.');
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
            annotation = optionsOrAnnotation;
        }
        else {
            options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === undefined) {
            operation = CreateFile.create(uri, options);
        }
        else {
            id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
            operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== undefined) {
            return id;
        }
    }
    renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === undefined) {
            throw new Error('Workspace edit is not configured for document changes.');
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
            annotation = optionsOrAnnotation;
        }
        else {
            options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === undefined) {
            operation = RenameFile.create(oldUri, newUri, options);
        }
        else {
            id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
            operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== undefined) {
            return id;
        }
    }
    deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === undefined) {
            throw new Error('Workspace edit is not configured for document changes.');
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
            annotation = optionsOrAnnotation;
        }
        else {
            options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === undefined) {
            operation = DeleteFile.create(uri, options);
        }
        else {
            id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
            operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== undefined) {
            return id;
        }
    }
}
/**
 * The TextDocumentIdentifier namespace provides helper functions to work with
 * {@link TextDocumentIdentifier} literals.
 */
var TextDocumentIdentifier;
(function (TextDocumentIdentifier) {
    /**
     * Creates a new TextDocumentIdentifier literal.
     * @param uri The document's uri.
     */
    function create(uri) {
        return { uri };
    }
    TextDocumentIdentifier.create = create;
    /**
     * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
    }
    TextDocumentIdentifier.is = is;
})(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
/**
 * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
 * {@link VersionedTextDocumentIdentifier} literals.
 */
var VersionedTextDocumentIdentifier;
(function (VersionedTextDocumentIdentifier) {
    /**
     * Creates a new VersionedTextDocumentIdentifier literal.
     * @param uri The document's uri.
     * @param version The document's version.
     */
    function create(uri, version) {
        return { uri, version };
    }
    VersionedTextDocumentIdentifier.create = create;
    /**
     * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
    }
    VersionedTextDocumentIdentifier.is = is;
})(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
/**
 * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
 * {@link OptionalVersionedTextDocumentIdentifier} literals.
 */
var OptionalVersionedTextDocumentIdentifier;
(function (OptionalVersionedTextDocumentIdentifier) {
    /**
     * Creates a new OptionalVersionedTextDocumentIdentifier literal.
     * @param uri The document's uri.
     * @param version The document's version.
     */
    function create(uri, version) {
        return { uri, version };
    }
    OptionalVersionedTextDocumentIdentifier.create = create;
    /**
     * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
    }
    OptionalVersionedTextDocumentIdentifier.is = is;
})(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
/**
 * Predefined Language kinds
 * @since 3.18.0
 */
var LanguageKind;
(function (LanguageKind) {
    LanguageKind.ABAP = 'abap';
    LanguageKind.WindowsBat = 'bat';
    LanguageKind.BibTeX = 'bibtex';
    LanguageKind.Clojure = 'clojure';
    LanguageKind.Coffeescript = 'coffeescript';
    LanguageKind.C = 'c';
    LanguageKind.CPP = 'cpp';
    LanguageKind.CSharp = 'csharp';
    LanguageKind.CSS = 'css';
    /**
     * @since 3.18.0
     */
    LanguageKind.D = 'd';
    /**
     * @since 3.18.0
     */
    LanguageKind.Delphi = 'pascal';
    LanguageKind.Diff = 'diff';
    LanguageKind.Dart = 'dart';
    LanguageKind.Dockerfile = 'dockerfile';
    LanguageKind.Elixir = 'elixir';
    LanguageKind.Erlang = 'erlang';
    LanguageKind.FSharp = 'fsharp';
    LanguageKind.GitCommit = 'git-commit';
    LanguageKind.GitRebase = 'git-rebase';
    LanguageKind.Go = 'go';
    LanguageKind.Groovy = 'groovy';
    LanguageKind.Handlebars = 'handlebars';
    LanguageKind.Haskell = 'haskell';
    LanguageKind.HTML = 'html';
    LanguageKind.Ini = 'ini';
    LanguageKind.Java = 'java';
    LanguageKind.JavaScript = 'javascript';
    LanguageKind.JavaScriptReact = 'javascriptreact';
    LanguageKind.JSON = 'json';
    LanguageKind.LaTeX = 'latex';
    LanguageKind.Less = 'less';
    LanguageKind.Lua = 'lua';
    LanguageKind.Makefile = 'makefile';
    LanguageKind.Markdown = 'markdown';
    LanguageKind.ObjectiveC = 'objective-c';
    LanguageKind.ObjectiveCPP = 'objective-cpp';
    /**
     * @since 3.18.0
     */
    LanguageKind.Pascal = 'pascal';
    LanguageKind.Perl = 'perl';
    LanguageKind.Perl6 = 'perl6';
    LanguageKind.PHP = 'php';
    LanguageKind.Plaintext = 'plaintext';
    LanguageKind.Powershell = 'powershell';
    LanguageKind.Pug = 'jade';
    LanguageKind.Python = 'python';
    LanguageKind.R = 'r';
    LanguageKind.Razor = 'razor';
    LanguageKind.Ruby = 'ruby';
    LanguageKind.Rust = 'rust';
    LanguageKind.SCSS = 'scss';
    LanguageKind.SASS = 'sass';
    LanguageKind.Scala = 'scala';
    LanguageKind.ShaderLab = 'shaderlab';
    LanguageKind.ShellScript = 'shellscript';
    LanguageKind.SQL = 'sql';
    LanguageKind.Swift = 'swift';
    LanguageKind.TypeScript = 'typescript';
    LanguageKind.TypeScriptReact = 'typescriptreact';
    LanguageKind.TeX = 'tex';
    LanguageKind.VisualBasic = 'vb';
    LanguageKind.XML = 'xml';
    LanguageKind.XSL = 'xsl';
    LanguageKind.YAML = 'yaml';
})(LanguageKind || (LanguageKind = {}));
/**
 * The TextDocumentItem namespace provides helper functions to work with
 * {@link TextDocumentItem} literals.
 */
var TextDocumentItem;
(function (TextDocumentItem) {
    /**
     * Creates a new TextDocumentItem literal.
     * @param uri The document's uri.
     * @param languageId The document's language identifier.
     * @param version The document's version number.
     * @param text The document's text.
     */
    function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
    }
    TextDocumentItem.create = create;
    /**
     * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
    }
    TextDocumentItem.is = is;
})(TextDocumentItem || (TextDocumentItem = {}));
/**
 * Describes the content type that a client supports in various
 * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
 *
 * Please note that `MarkupKinds` must not start with a `$`. This kinds
 * are reserved for internal usage.
 */
var MarkupKind;
(function (MarkupKind) {
    /**
     * Plain text is supported as a content format
     */
    MarkupKind.PlainText = 'plaintext';
    /**
     * Markdown is supported as a content format
     */
    MarkupKind.Markdown = 'markdown';
    /**
     * Checks whether the given value is a value of the {@link MarkupKind} type.
     */
    function is(value) {
        const candidate = value;
        return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
    }
    MarkupKind.is = is;
})(MarkupKind || (MarkupKind = {}));
var MarkupContent;
(function (MarkupContent) {
    /**
     * Checks whether the given value conforms to the {@link MarkupContent} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
    }
    MarkupContent.is = is;
})(MarkupContent || (MarkupContent = {}));
/**
 * The kind of a completion entry.
 */
var CompletionItemKind;
(function (CompletionItemKind) {
    CompletionItemKind.Text = 1;
    CompletionItemKind.Method = 2;
    CompletionItemKind.Function = 3;
    CompletionItemKind.Constructor = 4;
    CompletionItemKind.Field = 5;
    CompletionItemKind.Variable = 6;
    CompletionItemKind.Class = 7;
    CompletionItemKind.Interface = 8;
    CompletionItemKind.Module = 9;
    CompletionItemKind.Property = 10;
    CompletionItemKind.Unit = 11;
    CompletionItemKind.Value = 12;
    CompletionItemKind.Enum = 13;
    CompletionItemKind.Keyword = 14;
    CompletionItemKind.Snippet = 15;
    CompletionItemKind.Color = 16;
    CompletionItemKind.File = 17;
    CompletionItemKind.Reference = 18;
    CompletionItemKind.Folder = 19;
    CompletionItemKind.EnumMember = 20;
    CompletionItemKind.Constant = 21;
    CompletionItemKind.Struct = 22;
    CompletionItemKind.Event = 23;
    CompletionItemKind.Operator = 24;
    CompletionItemKind.TypeParameter = 25;
})(CompletionItemKind || (CompletionItemKind = {}));
/**
 * Defines whether the insert text in a completion item should be interpreted as
 * plain text or a snippet.
 */
var InsertTextFormat;
(function (InsertTextFormat) {
    /**
     * The primary text to be inserted is treated as a plain string.
     */
    InsertTextFormat.PlainText = 1;
    /**
     * The primary text to be inserted is treated as a snippet.
     *
     * A snippet can define tab stops and placeholders with `$1`, `$2`
     * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
     * the end of the snippet. Placeholders with equal identifiers are linked,
     * that is typing in one will update others too.
     *
     * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
     */
    InsertTextFormat.Snippet = 2;
})(InsertTextFormat || (InsertTextFormat = {}));
/**
 * Completion item tags are extra annotations that tweak the rendering of a completion
 * item.
 *
 * @since 3.15.0
 */
var CompletionItemTag;
(function (CompletionItemTag) {
    /**
     * Render a completion as obsolete, usually using a strike-out.
     */
    CompletionItemTag.Deprecated = 1;
})(CompletionItemTag || (CompletionItemTag = {}));
/**
 * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
 *
 * @since 3.16.0
 */
var InsertReplaceEdit;
(function (InsertReplaceEdit) {
    /**
     * Creates a new insert / replace edit
     */
    function create(newText, insert, replace) {
        return { newText, insert, replace };
    }
    InsertReplaceEdit.create = create;
    /**
     * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
     */
    function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
    }
    InsertReplaceEdit.is = is;
})(InsertReplaceEdit || (InsertReplaceEdit = {}));
/**
 * How whitespace and indentation is handled during completion
 * item insertion.
 *
 * @since 3.16.0
 */
var InsertTextMode;
(function (InsertTextMode) {
    /**
     * The insertion or replace strings is taken as it is. If the
     * value is multi line the lines below the cursor will be
     * inserted using the indentation defined in the string value.
     * The client will not apply any kind of adjustments to the
     * string.
     */
    InsertTextMode.asIs = 1;
    /**
     * The editor adjusts leading whitespace of new lines so that
     * they match the indentation up to the cursor of the line for
     * which the item is accepted.
     *
     * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
     * multi line completion item is indented using 2 tabs and all
     * following lines inserted will be indented using 2 tabs as well.
     */
    InsertTextMode.adjustIndentation = 2;
})(InsertTextMode || (InsertTextMode = {}));
/**
 * Defines how values from a set of defaults and an individual item will be
 * merged.
 *
 * @since 3.18.0
 */
var ApplyKind;
(function (ApplyKind) {
    /**
     * The value from the individual item (if provided and not `null`) will be
     * used instead of the default.
     */
    ApplyKind.Replace = 1;
    /**
     * The value from the item will be merged with the default.
     *
     * The specific rules for mergeing values are defined against each field
     * that supports merging.
     */
    ApplyKind.Merge = 2;
})(ApplyKind || (ApplyKind = {}));
var CompletionItemLabelDetails;
(function (CompletionItemLabelDetails) {
    function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
            (Is.string(candidate.description) || candidate.description === undefined);
    }
    CompletionItemLabelDetails.is = is;
})(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
/**
 * The CompletionItem namespace provides functions to deal with
 * completion items.
 */
var CompletionItem;
(function (CompletionItem) {
    /**
     * Create a completion item and seed it with a label.
     * @param label The completion item's label
     */
    function create(label) {
        return { label };
    }
    CompletionItem.create = create;
})(CompletionItem || (CompletionItem = {}));
/**
 * The CompletionList namespace provides functions to deal with
 * completion lists.
 */
var CompletionList;
(function (CompletionList) {
    /**
     * Creates a new completion list.
     *
     * @param items The completion items.
     * @param isIncomplete The list is not complete.
     */
    function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
    }
    CompletionList.create = create;
})(CompletionList || (CompletionList = {}));
var MarkedString;
(function (MarkedString) {
    /**
     * Creates a marked string from plain text.
     *
     * @param plainText The plain text.
     */
    function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
    }
    MarkedString.fromPlainText = fromPlainText;
    /**
     * Checks whether the given value conforms to the {@link MarkedString} type.
     */
    function is(value) {
        const candidate = value;
        return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
    }
    MarkedString.is = is;
})(MarkedString || (MarkedString = {}));
var Hover;
(function (Hover) {
    /**
     * Checks whether the given value conforms to the {@link Hover} interface.
     */
    function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
            MarkedString.is(candidate.contents) ||
            Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
    }
    Hover.is = is;
})(Hover || (Hover = {}));
/**
 * The ParameterInformation namespace provides helper functions to work with
 * {@link ParameterInformation} literals.
 */
var ParameterInformation;
(function (ParameterInformation) {
    /**
     * Creates a new parameter information literal.
     *
     * @param label A label string.
     * @param documentation A doc string.
     */
    function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
    }
    ParameterInformation.create = create;
})(ParameterInformation || (ParameterInformation = {}));
/**
 * The SignatureInformation namespace provides helper functions to work with
 * {@link SignatureInformation} literals.
 */
var SignatureInformation;
(function (SignatureInformation) {
    function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
            result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
            result.parameters = parameters;
        }
        else {
            result.parameters = [];
        }
        return result;
    }
    SignatureInformation.create = create;
})(SignatureInformation || (SignatureInformation = {}));
/**
 * A document highlight kind.
 */
var DocumentHighlightKind;
(function (DocumentHighlightKind) {
    /**
     * A textual occurrence.
     */
    DocumentHighlightKind.Text = 1;
    /**
     * Read-access of a symbol, like reading a variable.
     */
    DocumentHighlightKind.Read = 2;
    /**
     * Write-access of a symbol, like writing to a variable.
     */
    DocumentHighlightKind.Write = 3;
})(DocumentHighlightKind || (DocumentHighlightKind = {}));
/**
 * DocumentHighlight namespace to provide helper functions to work with
 * {@link DocumentHighlight} literals.
 */
var DocumentHighlight;
(function (DocumentHighlight) {
    /**
     * Create a DocumentHighlight object.
     * @param range The range the highlight applies to.
     * @param kind The highlight kind
     */
    function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
            result.kind = kind;
        }
        return result;
    }
    DocumentHighlight.create = create;
})(DocumentHighlight || (DocumentHighlight = {}));
/**
 * A symbol kind.
 */
var SymbolKind;
(function (SymbolKind) {
    SymbolKind.File = 1;
    SymbolKind.Module = 2;
    SymbolKind.Namespace = 3;
    SymbolKind.Package = 4;
    SymbolKind.Class = 5;
    SymbolKind.Method = 6;
    SymbolKind.Property = 7;
    SymbolKind.Field = 8;
    SymbolKind.Constructor = 9;
    SymbolKind.Enum = 10;
    SymbolKind.Interface = 11;
    SymbolKind.Function = 12;
    SymbolKind.Variable = 13;
    SymbolKind.Constant = 14;
    SymbolKind.String = 15;
    SymbolKind.Number = 16;
    SymbolKind.Boolean = 17;
    SymbolKind.Array = 18;
    SymbolKind.Object = 19;
    SymbolKind.Key = 20;
    SymbolKind.Null = 21;
    SymbolKind.EnumMember = 22;
    SymbolKind.Struct = 23;
    SymbolKind.Event = 24;
    SymbolKind.Operator = 25;
    SymbolKind.TypeParameter = 26;
})(SymbolKind || (SymbolKind = {}));
/**
 * Symbol tags are extra annotations that tweak the rendering of a symbol.
 *
 * @since 3.16
 */
var SymbolTag;
(function (SymbolTag) {
    /**
     * Render a symbol as obsolete, usually using a strike-out.
     */
    SymbolTag.Deprecated = 1;
})(SymbolTag || (SymbolTag = {}));
var SymbolInformation;
(function (SymbolInformation) {
    /**
     * Creates a new symbol information literal.
     *
     * @param name The name of the symbol.
     * @param kind The kind of the symbol.
     * @param range The range of the location of the symbol.
     * @param uri The resource of the location of symbol.
     * @param containerName The name of the symbol containing the symbol.
     */
    function create(name, kind, range, uri, containerName) {
        const result = {
            name,
            kind,
            location: { uri, range }
        };
        if (containerName) {
            result.containerName = containerName;
        }
        return result;
    }
    SymbolInformation.create = create;
})(SymbolInformation || (SymbolInformation = {}));
var WorkspaceSymbol;
(function (WorkspaceSymbol) {
    /**
     * Create a new workspace symbol.
     *
     * @param name The name of the symbol.
     * @param kind The kind of the symbol.
     * @param uri The resource of the location of the symbol.
     * @param range An options range of the location.
     * @returns A WorkspaceSymbol.
     */
    function create(name, kind, uri, range) {
        return range !== undefined
            ? { name, kind, location: { uri, range } }
            : { name, kind, location: { uri } };
    }
    WorkspaceSymbol.create = create;
})(WorkspaceSymbol || (WorkspaceSymbol = {}));
var DocumentSymbol;
(function (DocumentSymbol) {
    /**
     * Creates a new symbol information literal.
     *
     * @param name The name of the symbol.
     * @param detail The detail of the symbol.
     * @param kind The kind of the symbol.
     * @param range The range of the symbol.
     * @param selectionRange The selectionRange of the symbol.
     * @param children Children of the symbol.
     */
    function create(name, detail, kind, range, selectionRange, children) {
        const result = {
            name,
            detail,
            kind,
            range,
            selectionRange
        };
        if (children !== undefined) {
            result.children = children;
        }
        return result;
    }
    DocumentSymbol.create = create;
    /**
     * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
     */
    function is(value) {
        const candidate = value;
        return candidate &&
            Is.string(candidate.name) && Is.number(candidate.kind) &&
            Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
            (candidate.detail === undefined || Is.string(candidate.detail)) &&
            (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
            (candidate.children === undefined || Array.isArray(candidate.children)) &&
            (candidate.tags === undefined || Array.isArray(candidate.tags));
    }
    DocumentSymbol.is = is;
})(DocumentSymbol || (DocumentSymbol = {}));
/**
 * A set of predefined code action kinds
 */
var CodeActionKind;
(function (CodeActionKind) {
    /**
     * Empty kind.
     */
    CodeActionKind.Empty = '';
    /**
     * Base kind for quickfix actions: 'quickfix'
     */
    CodeActionKind.QuickFix = 'quickfix';
    /**
     * Base kind for refactoring actions: 'refactor'
     */
    CodeActionKind.Refactor = 'refactor';
    /**
     * Base kind for refactoring extraction actions: 'refactor.extract'
     *
     * Example extract actions:
     *
     * - Extract method
     * - Extract function
     * - Extract variable
     * - Extract interface from class
     * - ...
     */
    CodeActionKind.RefactorExtract = 'refactor.extract';
    /**
     * Base kind for refactoring inline actions: 'refactor.inline'
     *
     * Example inline actions:
     *
     * - Inline function
     * - Inline variable
     * - Inline constant
     * - ...
     */
    CodeActionKind.RefactorInline = 'refactor.inline';
    /**
     * Base kind for refactoring move actions: `refactor.move`
     *
     * Example move actions:
     *
     * - Move a function to a new file
     * - Move a property between classes
     * - Move method to base class
     * - ...
     *
     * @since 3.18.0
     */
    CodeActionKind.RefactorMove = 'refactor.move';
    /**
     * Base kind for refactoring rewrite actions: 'refactor.rewrite'
     *
     * Example rewrite actions:
     *
     * - Convert JavaScript function to class
     * - Add or remove parameter
     * - Encapsulate field
     * - Make method static
     * - Move method to base class
     * - ...
     */
    CodeActionKind.RefactorRewrite = 'refactor.rewrite';
    /**
     * Base kind for source actions: `source`
     *
     * Source code actions apply to the entire file.
     */
    CodeActionKind.Source = 'source';
    /**
     * Base kind for an organize imports source action: `source.organizeImports`
     */
    CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
    /**
     * Base kind for auto-fix source actions: `source.fixAll`.
     *
     * Fix all actions automatically fix errors that have a clear fix that do not require user input.
     * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
     *
     * @since 3.15.0
     */
    CodeActionKind.SourceFixAll = 'source.fixAll';
    /**
     * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
     * this should always begin with `notebook.`
     *
     * @since 3.18.0
     */
    CodeActionKind.Notebook = 'notebook';
})(CodeActionKind || (CodeActionKind = {}));
/**
 * The reason why code actions were requested.
 *
 * @since 3.17.0
 */
var CodeActionTriggerKind;
(function (CodeActionTriggerKind) {
    /**
     * Code actions were explicitly requested by the user or by an extension.
     */
    CodeActionTriggerKind.Invoked = 1;
    /**
     * Code actions were requested automatically.
     *
     * This typically happens when current selection in a file changes, but can
     * also be triggered when file content changes.
     */
    CodeActionTriggerKind.Automatic = 2;
})(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
/**
 * The CodeActionContext namespace provides helper functions to work with
 * {@link CodeActionContext} literals.
 */
var CodeActionContext;
(function (CodeActionContext) {
    /**
     * Creates a new CodeActionContext literal.
     */
    function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== undefined && only !== null) {
            result.only = only;
        }
        if (triggerKind !== undefined && triggerKind !== null) {
            result.triggerKind = triggerKind;
        }
        return result;
    }
    CodeActionContext.create = create;
    /**
     * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
            && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
            && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
    }
    CodeActionContext.is = is;
})(CodeActionContext || (CodeActionContext = {}));
/**
 * Code action tags are extra annotations that tweak the behavior of a code action.
 *
 * @since 3.18.0
 */
var CodeActionTag;
(function (CodeActionTag) {
    /**
     * Marks the code action as LLM-generated.
     */
    CodeActionTag.LLMGenerated = 1;
    /**
     * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
     */
    function is(value) {
        return Is.defined(value) && value === CodeActionTag.LLMGenerated;
    }
    CodeActionTag.is = is;
})(CodeActionTag || (CodeActionTag = {}));
var CodeAction;
(function (CodeAction) {
    function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === 'string') {
            checkKind = false;
            result.kind = kindOrCommandOrEdit;
        }
        else if (Command.is(kindOrCommandOrEdit)) {
            result.command = kindOrCommandOrEdit;
        }
        else {
            result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== undefined) {
            result.kind = kind;
        }
        return result;
    }
    CodeAction.create = create;
    function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) &&
            (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
            (candidate.kind === undefined || Is.string(candidate.kind)) &&
            (candidate.edit !== undefined || candidate.command !== undefined) &&
            (candidate.command === undefined || Command.is(candidate.command)) &&
            (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
            (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
            (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
    }
    CodeAction.is = is;
})(CodeAction || (CodeAction = {}));
/**
 * The CodeLens namespace provides helper functions to work with
 * {@link CodeLens} literals.
 */
var CodeLens;
(function (CodeLens) {
    /**
     * Creates a new CodeLens literal.
     */
    function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
            result.data = data;
        }
        return result;
    }
    CodeLens.create = create;
    /**
     * Checks whether the given literal conforms to the {@link CodeLens} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
    }
    CodeLens.is = is;
})(CodeLens || (CodeLens = {}));
/**
 * The FormattingOptions namespace provides helper functions to work with
 * {@link FormattingOptions} literals.
 */
var FormattingOptions;
(function (FormattingOptions) {
    /**
     * Creates a new FormattingOptions literal.
     */
    function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
    }
    FormattingOptions.create = create;
    /**
     * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
    }
    FormattingOptions.is = is;
})(FormattingOptions || (FormattingOptions = {}));
/**
 * The DocumentLink namespace provides helper functions to work with
 * {@link DocumentLink} literals.
 */
var DocumentLink;
(function (DocumentLink) {
    /**
     * Creates a new DocumentLink literal.
     */
    function create(range, target, data) {
        return { range, target, data };
    }
    DocumentLink.create = create;
    /**
     * Checks whether the given literal conforms to the {@link DocumentLink} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
    }
    DocumentLink.is = is;
})(DocumentLink || (DocumentLink = {}));
/**
 * The SelectionRange namespace provides helper function to work with
 * SelectionRange literals.
 */
var SelectionRange;
(function (SelectionRange) {
    /**
     * Creates a new SelectionRange
     * @param range the range.
     * @param parent an optional parent.
     */
    function create(range, parent) {
        return { range, parent };
    }
    SelectionRange.create = create;
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
    }
    SelectionRange.is = is;
})(SelectionRange || (SelectionRange = {}));
/**
 * A set of predefined token types. This set is not fixed
 * an clients can specify additional token types via the
 * corresponding client capabilities.
 *
 * @since 3.16.0
 */
var SemanticTokenTypes;
(function (SemanticTokenTypes) {
    SemanticTokenTypes["namespace"] = "namespace";
    /**
     * Represents a generic type. Acts as a fallback for types which can't be mapped to
     * a specific type like class or enum.
     */
    SemanticTokenTypes["type"] = "type";
    SemanticTokenTypes["class"] = "class";
    SemanticTokenTypes["enum"] = "enum";
    SemanticTokenTypes["interface"] = "interface";
    SemanticTokenTypes["struct"] = "struct";
    SemanticTokenTypes["typeParameter"] = "typeParameter";
    SemanticTokenTypes["parameter"] = "parameter";
    SemanticTokenTypes["variable"] = "variable";
    SemanticTokenTypes["property"] = "property";
    SemanticTokenTypes["enumMember"] = "enumMember";
    SemanticTokenTypes["event"] = "event";
    SemanticTokenTypes["function"] = "function";
    SemanticTokenTypes["method"] = "method";
    SemanticTokenTypes["macro"] = "macro";
    SemanticTokenTypes["keyword"] = "keyword";
    SemanticTokenTypes["modifier"] = "modifier";
    SemanticTokenTypes["comment"] = "comment";
    SemanticTokenTypes["string"] = "string";
    SemanticTokenTypes["number"] = "number";
    SemanticTokenTypes["regexp"] = "regexp";
    SemanticTokenTypes["operator"] = "operator";
    /**
     * @since 3.17.0
     */
    SemanticTokenTypes["decorator"] = "decorator";
    /**
     * @since 3.18.0
     */
    SemanticTokenTypes["label"] = "label";
})(SemanticTokenTypes || (SemanticTokenTypes = {}));
/**
 * A set of predefined token modifiers. This set is not fixed
 * an clients can specify additional token types via the
 * corresponding client capabilities.
 *
 * @since 3.16.0
 */
var SemanticTokenModifiers;
(function (SemanticTokenModifiers) {
    SemanticTokenModifiers["declaration"] = "declaration";
    SemanticTokenModifiers["definition"] = "definition";
    SemanticTokenModifiers["readonly"] = "readonly";
    SemanticTokenModifiers["static"] = "static";
    SemanticTokenModifiers["deprecated"] = "deprecated";
    SemanticTokenModifiers["abstract"] = "abstract";
    SemanticTokenModifiers["async"] = "async";
    SemanticTokenModifiers["modification"] = "modification";
    SemanticTokenModifiers["documentation"] = "documentation";
    SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
})(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
/**
 * @since 3.16.0
 */
var SemanticTokens;
(function (SemanticTokens) {
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
            Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
    }
    SemanticTokens.is = is;
})(SemanticTokens || (SemanticTokens = {}));
/**
 * The InlineValueText namespace provides functions to deal with InlineValueTexts.
 *
 * @since 3.17.0
 */
var InlineValueText;
(function (InlineValueText) {
    /**
     * Creates a new InlineValueText literal.
     */
    function create(range, text) {
        return { range, text };
    }
    InlineValueText.create = create;
    function is(value) {
        const candidate = value;
        return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
    }
    InlineValueText.is = is;
})(InlineValueText || (InlineValueText = {}));
/**
 * The InlineValueVariableLookup namespace provides functions to
 * deal with InlineValueVariableLookups.
 *
 * @since 3.17.0
 */
var InlineValueVariableLookup;
(function (InlineValueVariableLookup) {
    /**
     * Creates a new InlineValueText literal.
     */
    function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
    }
    InlineValueVariableLookup.create = create;
    function is(value) {
        const candidate = value;
        return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
            && (Is.string(candidate.variableName) || candidate.variableName === undefined);
    }
    InlineValueVariableLookup.is = is;
})(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
/**
 * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
 *
 * @since 3.17.0
 */
var InlineValueEvaluatableExpression;
(function (InlineValueEvaluatableExpression) {
    /**
     * Creates a new InlineValueEvaluatableExpression literal.
     */
    function create(range, expression) {
        return { range, expression };
    }
    InlineValueEvaluatableExpression.create = create;
    function is(value) {
        const candidate = value;
        return candidate !== undefined && candidate !== null && Range.is(candidate.range)
            && (Is.string(candidate.expression) || candidate.expression === undefined);
    }
    InlineValueEvaluatableExpression.is = is;
})(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
/**
 * The InlineValueContext namespace provides helper functions to work with
 * {@link InlineValueContext} literals.
 *
 * @since 3.17.0
 */
var InlineValueContext;
(function (InlineValueContext) {
    /**
     * Creates a new InlineValueContext literal.
     */
    function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
    }
    InlineValueContext.create = create;
    /**
     * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
    }
    InlineValueContext.is = is;
})(InlineValueContext || (InlineValueContext = {}));
/**
 * Inlay hint kinds.
 *
 * @since 3.17.0
 */
var InlayHintKind;
(function (InlayHintKind) {
    /**
     * An inlay hint that for a type annotation.
     */
    InlayHintKind.Type = 1;
    /**
     * An inlay hint that is for a parameter.
     */
    InlayHintKind.Parameter = 2;
    function is(value) {
        return value === 1 || value === 2;
    }
    InlayHintKind.is = is;
})(InlayHintKind || (InlayHintKind = {}));
var InlayHintLabelPart;
(function (InlayHintLabelPart) {
    function create(value) {
        return { value };
    }
    InlayHintLabelPart.create = create;
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate)
            && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
            && (candidate.location === undefined || Location.is(candidate.location))
            && (candidate.command === undefined || Command.is(candidate.command));
    }
    InlayHintLabelPart.is = is;
})(InlayHintLabelPart || (InlayHintLabelPart = {}));
var InlayHint;
(function (InlayHint) {
    function create(position, label, kind) {
        const result = { position, label };
        if (kind !== undefined) {
            result.kind = kind;
        }
        return result;
    }
    InlayHint.create = create;
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position)
            && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
            && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
            && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
            && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
            && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
            && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
    }
    InlayHint.is = is;
})(InlayHint || (InlayHint = {}));
var StringValue;
(function (StringValue) {
    function createSnippet(value) {
        return { kind: 'snippet', value };
    }
    StringValue.createSnippet = createSnippet;
    function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate)
            && candidate.kind === 'snippet'
            && Is.string(candidate.value);
    }
    StringValue.isSnippet = isSnippet;
})(StringValue || (StringValue = {}));
var InlineCompletionItem;
(function (InlineCompletionItem) {
    function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
    }
    InlineCompletionItem.create = create;
})(InlineCompletionItem || (InlineCompletionItem = {}));
var InlineCompletionList;
(function (InlineCompletionList) {
    function create(items) {
        return { items };
    }
    InlineCompletionList.create = create;
})(InlineCompletionList || (InlineCompletionList = {}));
/**
 * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
 *
 * @since 3.18.0
 */
var InlineCompletionTriggerKind;
(function (InlineCompletionTriggerKind) {
    /**
     * Completion was triggered explicitly by a user gesture.
     */
    InlineCompletionTriggerKind.Invoked = 1;
    /**
     * Completion was triggered automatically while editing.
     */
    InlineCompletionTriggerKind.Automatic = 2;
})(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
var SelectedCompletionInfo;
(function (SelectedCompletionInfo) {
    function create(range, text) {
        return { range, text };
    }
    SelectedCompletionInfo.create = create;
})(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
var InlineCompletionContext;
(function (InlineCompletionContext) {
    function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
    }
    InlineCompletionContext.create = create;
})(InlineCompletionContext || (InlineCompletionContext = {}));
var WorkspaceFolder;
(function (WorkspaceFolder) {
    function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
    }
    WorkspaceFolder.is = is;
})(WorkspaceFolder || (WorkspaceFolder = {}));
const EOL = ['\n', '\r\n', '\r'];
/**
 * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
 */
var TextDocument$1;
(function (TextDocument) {
    /**
     * Creates a new ITextDocument literal from the given uri and content.
     * @param uri The document's uri.
     * @param languageId The document's language Id.
     * @param version The document's version.
     * @param content The document's content.
     */
    function create(uri, languageId, version, content) {
        return new FullTextDocument$1(uri, languageId, version, content);
    }
    TextDocument.create = create;
    /**
     * Checks whether the given literal conforms to the {@link ITextDocument} interface.
     */
    function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
            && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
    }
    TextDocument.is = is;
    function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort(edits, (a, b) => {
            const diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
                return a.range.start.character - b.range.start.character;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            const e = sortedEdits[i];
            const startOffset = document.offsetAt(e.range.start);
            const endOffset = document.offsetAt(e.range.end);
            if (endOffset <= lastModifiedOffset) {
                text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = startOffset;
        }
        return text;
    }
    TextDocument.applyEdits = applyEdits;
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        const p = (data.length / 2) | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            const ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
})(TextDocument$1 || (TextDocument$1 = {}));
/**
 * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
 */
let FullTextDocument$1 = class FullTextDocument {
    constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = undefined;
    }
    get uri() {
        return this._uri;
    }
    get languageId() {
        return this._languageId;
    }
    get version() {
        return this._version;
    }
    getText(range) {
        if (range) {
            const start = this.offsetAt(range.start);
            const end = this.offsetAt(range.end);
            return this._content.substring(start, end);
        }
        return this._content;
    }
    update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = undefined;
    }
    getLineOffsets() {
        if (this._lineOffsets === undefined) {
            const lineOffsets = [];
            const text = this._content;
            let isLineStart = true;
            for (let i = 0; i < text.length; i++) {
                if (isLineStart) {
                    lineOffsets.push(i);
                    isLineStart = false;
                }
                const ch = text.charAt(i);
                isLineStart = (ch === '\r' || ch === '\n');
                if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    i++;
                }
            }
            if (isLineStart && text.length > 0) {
                lineOffsets.push(text.length);
            }
            this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
    }
    positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
            return Position.create(0, offset);
        }
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (lineOffsets[mid] > offset) {
                high = mid;
            }
            else {
                low = mid + 1;
            }
        }
        // low is the least x for which the line offset is larger than the current offset
        // or array.length if no line offset is larger than the current offset
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
    }
    offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
            return this._content.length;
        }
        else if (position.line < 0) {
            return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
    }
    get lineCount() {
        return this.getLineOffsets().length;
    }
};
var Is;
(function (Is) {
    const toString = Object.prototype.toString;
    function defined(value) {
        return typeof value !== 'undefined';
    }
    Is.defined = defined;
    function undefined$1(value) {
        return typeof value === 'undefined';
    }
    Is.undefined = undefined$1;
    function boolean(value) {
        return value === true || value === false;
    }
    Is.boolean = boolean;
    function string(value) {
        return toString.call(value) === '[object String]';
    }
    Is.string = string;
    function number(value) {
        return toString.call(value) === '[object Number]';
    }
    Is.number = number;
    function numberRange(value, min, max) {
        return toString.call(value) === '[object Number]' && min <= value && value <= max;
    }
    Is.numberRange = numberRange;
    function integer(value) {
        return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
    }
    Is.integer = integer;
    function uinteger(value) {
        return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
    }
    Is.uinteger = uinteger;
    function func(value) {
        return toString.call(value) === '[object Function]';
    }
    Is.func = func;
    function objectLiteral(value) {
        // Strictly speaking class instances pass this check as well. Since the LSP
        // doesn't use classes we ignore this for now. If we do we need to add something
        // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
        return value !== null && typeof value === 'object';
    }
    Is.objectLiteral = objectLiteral;
    function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
    }
    Is.typedArray = typedArray;
})(Is || (Is = {}));

var main$1 = /*#__PURE__*/Object.freeze({
	__proto__: null,
	get AnnotatedTextEdit () { return AnnotatedTextEdit; },
	get ApplyKind () { return ApplyKind; },
	get ChangeAnnotation () { return ChangeAnnotation; },
	get ChangeAnnotationIdentifier () { return ChangeAnnotationIdentifier; },
	get CodeAction () { return CodeAction; },
	get CodeActionContext () { return CodeActionContext; },
	get CodeActionKind () { return CodeActionKind; },
	get CodeActionTag () { return CodeActionTag; },
	get CodeActionTriggerKind () { return CodeActionTriggerKind; },
	get CodeDescription () { return CodeDescription; },
	get CodeLens () { return CodeLens; },
	get Color () { return Color; },
	get ColorInformation () { return ColorInformation; },
	get ColorPresentation () { return ColorPresentation; },
	get Command () { return Command; },
	get CompletionItem () { return CompletionItem; },
	get CompletionItemKind () { return CompletionItemKind; },
	get CompletionItemLabelDetails () { return CompletionItemLabelDetails; },
	get CompletionItemTag () { return CompletionItemTag; },
	get CompletionList () { return CompletionList; },
	get CreateFile () { return CreateFile; },
	get DeleteFile () { return DeleteFile; },
	get Diagnostic () { return Diagnostic; },
	get DiagnosticRelatedInformation () { return DiagnosticRelatedInformation; },
	get DiagnosticSeverity () { return DiagnosticSeverity; },
	get DiagnosticTag () { return DiagnosticTag; },
	get DocumentHighlight () { return DocumentHighlight; },
	get DocumentHighlightKind () { return DocumentHighlightKind; },
	get DocumentLink () { return DocumentLink; },
	get DocumentSymbol () { return DocumentSymbol; },
	get DocumentUri () { return DocumentUri; },
	EOL: EOL,
	get FoldingRange () { return FoldingRange; },
	get FoldingRangeKind () { return FoldingRangeKind; },
	get FormattingOptions () { return FormattingOptions; },
	get Hover () { return Hover; },
	get InlayHint () { return InlayHint; },
	get InlayHintKind () { return InlayHintKind; },
	get InlayHintLabelPart () { return InlayHintLabelPart; },
	get InlineCompletionContext () { return InlineCompletionContext; },
	get InlineCompletionItem () { return InlineCompletionItem; },
	get InlineCompletionList () { return InlineCompletionList; },
	get InlineCompletionTriggerKind () { return InlineCompletionTriggerKind; },
	get InlineValueContext () { return InlineValueContext; },
	get InlineValueEvaluatableExpression () { return InlineValueEvaluatableExpression; },
	get InlineValueText () { return InlineValueText; },
	get InlineValueVariableLookup () { return InlineValueVariableLookup; },
	get InsertReplaceEdit () { return InsertReplaceEdit; },
	get InsertTextFormat () { return InsertTextFormat; },
	get InsertTextMode () { return InsertTextMode; },
	get LanguageKind () { return LanguageKind; },
	get Location () { return Location; },
	get LocationLink () { return LocationLink; },
	get MarkedString () { return MarkedString; },
	get MarkupContent () { return MarkupContent; },
	get MarkupKind () { return MarkupKind; },
	get OptionalVersionedTextDocumentIdentifier () { return OptionalVersionedTextDocumentIdentifier; },
	get ParameterInformation () { return ParameterInformation; },
	get Position () { return Position; },
	get Range () { return Range; },
	get RenameFile () { return RenameFile; },
	get SelectedCompletionInfo () { return SelectedCompletionInfo; },
	get SelectionRange () { return SelectionRange; },
	get SemanticTokenModifiers () { return SemanticTokenModifiers; },
	get SemanticTokenTypes () { return SemanticTokenTypes; },
	get SemanticTokens () { return SemanticTokens; },
	get SignatureInformation () { return SignatureInformation; },
	get SnippetTextEdit () { return SnippetTextEdit; },
	get StringValue () { return StringValue; },
	get SymbolInformation () { return SymbolInformation; },
	get SymbolKind () { return SymbolKind; },
	get SymbolTag () { return SymbolTag; },
	get TextDocument () { return TextDocument$1; },
	get TextDocumentEdit () { return TextDocumentEdit; },
	get TextDocumentIdentifier () { return TextDocumentIdentifier; },
	get TextDocumentItem () { return TextDocumentItem; },
	get TextEdit () { return TextEdit; },
	get URI () { return URI; },
	get VersionedTextDocumentIdentifier () { return VersionedTextDocumentIdentifier; },
	WorkspaceChange: WorkspaceChange,
	get WorkspaceEdit () { return WorkspaceEdit; },
	get WorkspaceFolder () { return WorkspaceFolder; },
	get WorkspaceSymbol () { return WorkspaceSymbol; },
	get integer () { return integer; },
	get uinteger () { return uinteger; }
});

var require$$1 = /*@__PURE__*/getAugmentedNamespace(main$1);

var line = {};

var hasRequiredLine;

function requireLine () {
	if (hasRequiredLine) return line;
	hasRequiredLine = 1;
	Object.defineProperty(line, "__esModule", { value: true });
	line.Line = void 0;
	class Line {
	    constructor(document, range) {
	        this.document = document;
	        this.range = range;
	    }
	    getRange() {
	        return this.range;
	    }
	    getTextContent() {
	        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
	    }
	    isAfter(line) {
	        return this.range.start.line > line.range.start.line;
	    }
	    isBefore(line) {
	        return this.range.start.line < line;
	    }
	}
	line.Line = Line;
	return line;
}

var util = {};

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

var hasRequiredUtil;

function requireUtil () {
	if (hasRequiredUtil) return util;
	hasRequiredUtil = 1;
	Object.defineProperty(util, "__esModule", { value: true });
	util.Util = void 0;
	class Util {
	    static isUTF8BOM(char) {
	        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
	        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
	    }
	    static isWhitespace(char) {
	        return char === ' ' || char === '\t' || Util.isNewline(char);
	    }
	    static isNewline(char) {
	        return char === '\r' || char === '\n';
	    }
	    static findLeadingNonWhitespace(content, escapeChar) {
	        whitespaceCheck: for (let i = 0; i < content.length; i++) {
	            switch (content.charAt(i)) {
	                case ' ':
	                case '\t':
	                    continue;
	                case escapeChar:
	                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
	                        switch (content.charAt(j)) {
	                            case ' ':
	                            case '\t':
	                                continue;
	                            case '\r':
	                                // offset one more for \r\n
	                                i = j + 1;
	                                continue whitespaceCheck;
	                            case '\n':
	                                i = j;
	                                continue whitespaceCheck;
	                            default:
	                                break escapeCheck;
	                        }
	                    }
	                    // found an escape character and then reached EOF
	                    return -1;
	                default:
	                    return i;
	            }
	        }
	        // only possible if the content is the empty string
	        return -1;
	    }
	    /**
	     * Determines if the given position is contained within the given range.
	     *
	     * @param position the position to check
	     * @param range the range to see if the position is inside of
	     */
	    static isInsideRange(position, range) {
	        if (range.start.line === range.end.line) {
	            return range.start.line === position.line
	                && range.start.character <= position.character
	                && position.character <= range.end.character;
	        }
	        else if (range.start.line === position.line) {
	            return range.start.character <= position.character;
	        }
	        else if (range.end.line === position.line) {
	            return position.character <= range.end.character;
	        }
	        return range.start.line < position.line && position.line < range.end.line;
	    }
	    static parseHeredocName(value) {
	        value = value.substring(2);
	        if (value.charAt(0) === '-') {
	            value = value.substring(1);
	        }
	        if (value.charAt(0) === '"') {
	            if (value.charAt(value.length - 1) !== '"') {
	                return null;
	            }
	            value = value.substring(1, value.length - 1);
	        }
	        if (value.charAt(0) === '\'') {
	            if (value.charAt(value.length - 1) !== '\'') {
	                return null;
	            }
	            value = value.substring(1, value.length - 1);
	        }
	        if (value.charAt(0) === "<") {
	            return null;
	        }
	        return value;
	    }
	}
	util.Util = Util;
	return util;
}

var hasRequiredComment;

function requireComment () {
	if (hasRequiredComment) return comment;
	hasRequiredComment = 1;
	Object.defineProperty(comment, "__esModule", { value: true });
	comment.Comment = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const line_1 = requireLine();
	const util_1 = requireUtil();
	class Comment extends line_1.Line {
	    constructor(document, range) {
	        super(document, range);
	    }
	    toString() {
	        const content = this.getContent();
	        if (content) {
	            return "# " + content;
	        }
	        return "#";
	    }
	    /**
	     * Returns the content of this comment. This excludes leading and
	     * trailing whitespace as well as the # symbol. If the comment only
	     * consists of whitespace, the empty string will be returned.
	     */
	    getContent() {
	        let range = this.getContentRange();
	        if (range === null) {
	            return "";
	        }
	        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
	    }
	    /**
	     * Returns a range that includes the content of the comment
	     * excluding any leading and trailing whitespace as well as the #
	     * symbol. May return null if the comment only consists of whitespace
	     * characters.
	     */
	    getContentRange() {
	        let range = this.getRange();
	        const startOffset = this.document.offsetAt(range.start);
	        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
	        let start = -1;
	        let end = -1;
	        // skip the first # symbol
	        for (let i = 1; i < raw.length; i++) {
	            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
	                start = i;
	                break;
	            }
	        }
	        if (start === -1) {
	            return null;
	        }
	        // go backwards up to the first # symbol
	        for (let i = raw.length - 1; i >= 1; i--) {
	            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
	                end = i + 1;
	                break;
	            }
	        }
	        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
	    }
	}
	comment.Comment = Comment;
	return comment;
}

var parser = {};

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */
class FullTextDocument {
    constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = undefined;
    }
    get uri() {
        return this._uri;
    }
    get languageId() {
        return this._languageId;
    }
    get version() {
        return this._version;
    }
    getText(range) {
        if (range) {
            const start = this.offsetAt(range.start);
            const end = this.offsetAt(range.end);
            return this._content.substring(start, end);
        }
        return this._content;
    }
    update(changes, version) {
        for (const change of changes) {
            if (FullTextDocument.isIncremental(change)) {
                // makes sure start is before end
                const range = getWellformedRange(change.range);
                // update content
                const startOffset = this.offsetAt(range.start);
                const endOffset = this.offsetAt(range.end);
                this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                const insertedEndOffset = startOffset + change.text.length;
                const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                if (crlfAtStart || crlfAtEnd) {
                    // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                    this._lineOffsets = undefined;
                    continue;
                }
                // update the offsets
                const startLine = Math.max(range.start.line, 0);
                const endLine = Math.max(range.end.line, 0);
                let lineOffsets = this._lineOffsets;
                const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                if (endLine - startLine === addedLineOffsets.length) {
                    for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                        lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                    }
                }
                else {
                    if (addedLineOffsets.length < 10000) {
                        lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
                    }
                    else { // avoid too many arguments for splice
                        this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                    }
                }
                const diff = change.text.length - (endOffset - startOffset);
                if (diff !== 0) {
                    for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                        lineOffsets[i] = lineOffsets[i] + diff;
                    }
                }
            }
            else if (FullTextDocument.isFull(change)) {
                this._content = change.text;
                this._lineOffsets = undefined;
            }
            else {
                throw new Error('Unknown change event received');
            }
        }
        this._version = version;
    }
    getLineOffsets() {
        if (this._lineOffsets === undefined) {
            this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
    }
    positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
            return { line: 0, character: offset };
        }
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (lineOffsets[mid] > offset) {
                high = mid;
            }
            else {
                low = mid + 1;
            }
        }
        // low is the least x for which the line offset is larger than the current offset
        // or array.length if no line offset is larger than the current offset
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
    }
    offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
            return this._content.length;
        }
        else if (position.line < 0) {
            return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
            return lineOffset;
        }
        const nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
    }
    getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
            const lastLine = lineOffsets.length - 1;
            return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        }
        else if (line < 0) {
            return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
    }
    getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
            return '';
        }
        else if (line < 0) {
            return '';
        }
        const nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
    }
    ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
            offset--;
        }
        return offset;
    }
    get lineCount() {
        return this.getLineOffsets().length;
    }
    static isIncremental(event) {
        const candidate = event;
        return candidate !== undefined && candidate !== null &&
            typeof candidate.text === 'string' && candidate.range !== undefined &&
            (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
    }
    static isFull(event) {
        const candidate = event;
        return candidate !== undefined && candidate !== null &&
            typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
    }
}
var TextDocument;
(function (TextDocument) {
    /**
     * Creates a new text document.
     *
     * @param uri The document's uri.
     * @param languageId  The document's language Id.
     * @param version The document's initial version number.
     * @param content The document's content.
     */
    function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
    }
    TextDocument.create = create;
    /**
     * Updates a TextDocument by modifying its content.
     *
     * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
     * @param changes the changes to apply to the document.
     * @param version the changes version for the document.
     * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
     *
     */
    function update(document, changes, version) {
        if (document instanceof FullTextDocument) {
            document.update(changes, version);
            return document;
        }
        else {
            throw new Error('TextDocument.update: document must be created by TextDocument.create');
        }
    }
    TextDocument.update = update;
    function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
            const diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
                return a.range.start.character - b.range.start.character;
            }
            return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
            const startOffset = document.offsetAt(e.range.start);
            if (startOffset < lastModifiedOffset) {
                throw new Error('Overlapping edit');
            }
            else if (startOffset > lastModifiedOffset) {
                spans.push(text.substring(lastModifiedOffset, startOffset));
            }
            if (e.newText.length) {
                spans.push(e.newText);
            }
            lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join('');
    }
    TextDocument.applyEdits = applyEdits;
})(TextDocument || (TextDocument = {}));
function mergeSort(data, compare) {
    if (data.length <= 1) {
        // sorted
        return data;
    }
    const p = (data.length / 2) | 0;
    const left = data.slice(0, p);
    const right = data.slice(p);
    mergeSort(left, compare);
    mergeSort(right, compare);
    let leftIdx = 0;
    let rightIdx = 0;
    let i = 0;
    while (leftIdx < left.length && rightIdx < right.length) {
        const ret = compare(left[leftIdx], right[rightIdx]);
        if (ret <= 0) {
            // smaller_equal -> take left to preserve order
            data[i++] = left[leftIdx++];
        }
        else {
            // greater -> take right
            data[i++] = right[rightIdx++];
        }
    }
    while (leftIdx < left.length) {
        data[i++] = left[leftIdx++];
    }
    while (rightIdx < right.length) {
        data[i++] = right[rightIdx++];
    }
    return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
    const result = isAtLineStart ? [textOffset] : [];
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (isEOL(ch)) {
            if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                i++;
            }
            result.push(textOffset + i + 1);
        }
    }
    return result;
}
function isEOL(char) {
    return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
}
function getWellformedRange(range) {
    const start = range.start;
    const end = range.end;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
        return { start: end, end: start };
    }
    return range;
}
function getWellformedEdit(textEdit) {
    const range = getWellformedRange(textEdit.range);
    if (range !== textEdit.range) {
        return { newText: textEdit.newText, range };
    }
    return textEdit;
}

var main = /*#__PURE__*/Object.freeze({
	__proto__: null,
	get TextDocument () { return TextDocument; }
});

var require$$0 = /*@__PURE__*/getAugmentedNamespace(main);

var parserDirective = {};

var hasRequiredParserDirective;

function requireParserDirective () {
	if (hasRequiredParserDirective) return parserDirective;
	hasRequiredParserDirective = 1;
	Object.defineProperty(parserDirective, "__esModule", { value: true });
	parserDirective.ParserDirective = void 0;
	const main_1 = requireMain();
	const line_1 = requireLine();
	class ParserDirective extends line_1.Line {
	    constructor(document, range, nameRange, valueRange) {
	        super(document, range);
	        this.nameRange = nameRange;
	        this.valueRange = valueRange;
	    }
	    toString() {
	        return "# " + this.getName() + '=' + this.getValue();
	    }
	    getNameRange() {
	        return this.nameRange;
	    }
	    getValueRange() {
	        return this.valueRange;
	    }
	    getName() {
	        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
	    }
	    getValue() {
	        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
	    }
	    getDirective() {
	        const directive = main_1.Directive[this.getName().toLowerCase()];
	        return directive === undefined ? null : directive;
	    }
	}
	parserDirective.ParserDirective = ParserDirective;
	return parserDirective;
}

var instruction = {};

var heredoc = {};

var hasRequiredHeredoc;

function requireHeredoc () {
	if (hasRequiredHeredoc) return heredoc;
	hasRequiredHeredoc = 1;
	Object.defineProperty(heredoc, "__esModule", { value: true });
	heredoc.Heredoc = void 0;
	/**
	 * Heredoc represents a here-document that has been embedded in a
	 * Dockerfile.
	 *
	 * This API is experimental and subject to change.
	 */
	class Heredoc {
	    constructor(startRange, name, nameRange, contentRange, endRange) {
	        this.startRange = startRange;
	        this.name = name;
	        this.nameRange = nameRange;
	        this.contentRange = contentRange;
	        this.endRange = endRange;
	    }
	    /**
	     * Returns the name of the here-document.
	     *
	     * This API is experimental and subject to change.
	     */
	    getName() {
	        return this.name;
	    }
	    /**
	     * Returns the range of the start operator and the name. If the
	     * here-document is initialized with <<EOT then the start range would
	     * encompass all five characters.
	     *
	     * This API is experimental and subject to change.
	     */
	    getStartRange() {
	        return this.startRange;
	    }
	    /**
	     * Returns the range of this here-document's name that is declared at
	     * the beginning of the here-document with the operator. If the
	     * here-document is initialized with <<EOT then the name range would
	     * encompass the latter three "EOT" characters.
	     *
	     * This API is experimental and subject to change.
	     */
	    getNameRange() {
	        return this.nameRange;
	    }
	    /**
	     * Returns the range of the content of this here-document. This may
	     * be null if the here-document has no content because:
	     * - the start range is the only thing that was declared
	     * - the end range was declared immediately and there is no content
	     *
	     * This API is experimental and subject to change.
	     */
	    getContentRange() {
	        return this.contentRange;
	    }
	    /**
	     * Returns the range of the here-document's name on a line that
	     * represents the end of the here-document.
	     *
	     * This API is experimental and subject to change.
	     */
	    getDelimiterRange() {
	        return this.endRange;
	    }
	}
	heredoc.Heredoc = Heredoc;
	return heredoc;
}

var variable = {};

var hasRequiredVariable;

function requireVariable () {
	if (hasRequiredVariable) return variable;
	hasRequiredVariable = 1;
	Object.defineProperty(variable, "__esModule", { value: true });
	variable.Variable = void 0;
	class Variable {
	    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
	        this.name = name;
	        this.nameRange = nameRange;
	        this.range = range;
	        this.modifier = modifier;
	        this.modifierRange = modifierRange;
	        this.substitutionParameter = substitutionParameter;
	        this.substitutionRange = substitutionRange;
	        this.defined = defined;
	        this.buildVariable = buildVariable;
	        this.stringValue = stringValue;
	    }
	    toString() {
	        return this.stringValue;
	    }
	    getName() {
	        return this.name;
	    }
	    getNameRange() {
	        return this.nameRange;
	    }
	    /**
	     * Returns the range of the entire variable. This includes the symbols for
	     * the declaration of the variable such as the $, {, and } symbols.
	     *
	     * @return the range in the document that this variable encompasses in its
	     *         entirety
	     */
	    getRange() {
	        return this.range;
	    }
	    /**
	     * Returns the modifier character that has been set for
	     * specifying how this variable should be expanded and resolved.
	     * If this variable is ${variable:+value} then the modifier
	     * character is '+'. Will be the empty string if the variable is
	     * declared as ${variable:}. Otherwise, will be null if this
	     * variable will not use variable substitution at all (such as
	     * ${variable} or $variable).
	     *
	     * @return this variable's modifier character, or the empty
	     *         string if it does not have one, or null if this
	     *         variable will not use variable substitution
	     */
	    getModifier() {
	        return this.modifier;
	    }
	    getModifierRange() {
	        return this.modifierRange;
	    }
	    /**
	     * Returns the parameter that will be used for substitution if
	     * this variable uses modifiers to define how its value should be
	     * resolved. If this variable is ${variable:+value} then the
	     * substitution value will be 'value'. Will be the empty string
	     * if the variable is declared as ${variable:+} or some other
	     * variant where the only thing that follows the modifier
	     * character (excluding considerations of escape characters and
	     * so on) is the variable's closing bracket. May be null if this
	     * variable does not have a modifier character defined (such as
	     * ${variable} or $variable).
	     *
	     * @return this variable's substitution parameter, or the empty
	     *         string if it does not have one, or null if there is
	     *         not one defined
	     */
	    getSubstitutionParameter() {
	        return this.substitutionParameter;
	    }
	    getSubstitutionRange() {
	        return this.substitutionRange;
	    }
	    /**
	     * Returns whether this variable has been defined or not.
	     *
	     * @return true if this variable has been defined, false otherwise
	     */
	    isDefined() {
	        return this.defined;
	    }
	    isBuildVariable() {
	        return this.buildVariable === true;
	    }
	    isEnvironmentVariable() {
	        return this.buildVariable === false;
	    }
	}
	variable.Variable = Variable;
	return variable;
}

var hasRequiredInstruction;

function requireInstruction () {
	if (hasRequiredInstruction) return instruction;
	hasRequiredInstruction = 1;
	Object.defineProperty(instruction, "__esModule", { value: true });
	instruction.Instruction = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const util_1 = requireUtil();
	const line_1 = requireLine();
	const argument_1 = requireArgument();
	const heredoc_1 = requireHeredoc();
	const variable_1 = requireVariable();
	const main_1 = requireMain();
	class Instruction extends line_1.Line {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range);
	        this.dockerfile = dockerfile;
	        this.escapeChar = escapeChar;
	        this.instruction = instruction;
	        this.instructionRange = instructionRange;
	    }
	    toString() {
	        let value = this.getKeyword();
	        for (let arg of this.getRawArguments()) {
	            value += ' ';
	            value += arg.getValue();
	        }
	        return value;
	    }
	    getRangeContent(range) {
	        if (range === null) {
	            return null;
	        }
	        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
	    }
	    getInstructionRange() {
	        return this.instructionRange;
	    }
	    getInstruction() {
	        return this.instruction;
	    }
	    getKeyword() {
	        return this.getInstruction().toUpperCase();
	    }
	    getArgumentsRange() {
	        let args = this.getArguments();
	        if (args.length === 0) {
	            return null;
	        }
	        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
	    }
	    getArgumentsRanges() {
	        let args = this.getArguments();
	        if (args.length === 0) {
	            return [];
	        }
	        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
	            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
	        }
	        let ranges = [];
	        let end = -1;
	        let startPosition = args[0].getRange().start;
	        let range = this.getInstructionRange();
	        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
	        let content = this.getTextContent();
	        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
	        let offset = this.document.offsetAt(range.start) + extra;
	        let comment = false;
	        for (let i = 0; i < fullArgs.length; i++) {
	            let char = fullArgs.charAt(i);
	            if (char === this.escapeChar) {
	                let next = fullArgs.charAt(i + 1);
	                if (next === ' ' || next === '\t') {
	                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
	                        switch (fullArgs.charAt(j)) {
	                            case ' ':
	                            case '\t':
	                                continue;
	                            case '\r':
	                                j++;
	                            case '\n':
	                                if (startPosition !== null) {
	                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
	                                }
	                                startPosition = null;
	                                comment = false;
	                                i = j;
	                                break whitespaceCheck;
	                            default:
	                                break whitespaceCheck;
	                        }
	                    }
	                }
	                else if (next === '\r') {
	                    if (startPosition !== null) {
	                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
	                        startPosition = null;
	                    }
	                    comment = false;
	                    i += 2;
	                }
	                else if (next === '\n') {
	                    if (startPosition !== null) {
	                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
	                    }
	                    startPosition = null;
	                    comment = false;
	                    i++;
	                }
	                else {
	                    i++;
	                }
	            }
	            else if (util_1.Util.isNewline(char)) {
	                if (comment) {
	                    startPosition = null;
	                    comment = false;
	                }
	            }
	            else {
	                if (!comment) {
	                    if (startPosition === null) {
	                        if (char === '#') {
	                            comment = true;
	                            continue;
	                        }
	                        let position = this.document.positionAt(offset + i);
	                        if (position.character !== 0) {
	                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
	                        }
	                    }
	                    end = i;
	                }
	            }
	        }
	        if (startPosition === null) {
	            // should only happen if the last argument is on its own line with
	            // no leading whitespace
	            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
	        }
	        else {
	            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
	        }
	        return ranges;
	    }
	    getRawArgumentsContent() {
	        let args = this.getArguments();
	        if (args.length === 0) {
	            return null;
	        }
	        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
	    }
	    getArgumentsContent() {
	        let args = this.getArguments();
	        if (args.length === 0) {
	            return null;
	        }
	        let content = "";
	        let ranges = this.getArgumentsRanges();
	        let documentText = this.document.getText();
	        for (let range of ranges) {
	            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
	        }
	        return content;
	    }
	    getArguments() {
	        return this.getRawArguments();
	    }
	    getRawArguments() {
	        let args = [];
	        let range = this.getInstructionRange();
	        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
	        let content = this.getTextContent();
	        let fullArgs = content.substring(extra);
	        let offset = this.document.offsetAt(range.start) + extra;
	        let start = false;
	        let comment = false;
	        let found = -1;
	        // determines whether the parser has found a space or tab
	        // whitespace character that's a part of an escaped newline sequence
	        let escapedWhitespaceDetected = false;
	        // determines if the parser is currently in an escaped newline sequence
	        let escaping = false;
	        let escapeMarker = -1;
	        let escapedArg = "";
	        for (let i = 0; i < fullArgs.length; i++) {
	            let char = fullArgs.charAt(i);
	            if (util_1.Util.isWhitespace(char)) {
	                if (escaping) {
	                    escapedWhitespaceDetected = true;
	                    if (util_1.Util.isNewline(char)) {
	                        // reached a newline, any previously
	                        // detected whitespace should be ignored
	                        escapedWhitespaceDetected = false;
	                        if (comment) {
	                            // reached a newline, no longer in a comment
	                            comment = false;
	                            start = true;
	                        }
	                    }
	                    continue;
	                }
	                else if (found !== -1) {
	                    if (escapeMarker === -1) {
	                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
	                    }
	                    else {
	                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
	                    }
	                    escapeMarker = -1;
	                    escapedArg = "";
	                    found = -1;
	                }
	            }
	            else if (char === this.escapeChar) {
	                let next = fullArgs.charAt(i + 1);
	                if (next === ' ' || next === '\t') {
	                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
	                        let newlineCheck = fullArgs.charAt(j);
	                        switch (newlineCheck) {
	                            case ' ':
	                            case '\t':
	                                continue;
	                            case '\r':
	                                j++;
	                            case '\n':
	                                comment = false;
	                                escaping = true;
	                                start = true;
	                                if (found !== -1) {
	                                    escapeMarker = i;
	                                }
	                                i = j;
	                                break whitespaceCheck;
	                            default:
	                                escapeMarker = i;
	                                if (found === -1) {
	                                    i = j - 1;
	                                }
	                                break whitespaceCheck;
	                        }
	                    }
	                }
	                else if (next === '\r') {
	                    comment = false;
	                    escaping = true;
	                    start = true;
	                    if (found !== -1 && escapeMarker === -1) {
	                        escapeMarker = i;
	                    }
	                    i += 2;
	                }
	                else if (next === '\n') {
	                    comment = false;
	                    escaping = true;
	                    start = true;
	                    if (found !== -1 && escapeMarker === -1) {
	                        escapeMarker = i;
	                    }
	                    i++;
	                }
	                else {
	                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
	                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
	                        escapedArg = "";
	                        found = -1;
	                    }
	                    escapeMarker = -1;
	                    escapedWhitespaceDetected = false;
	                    escaping = false;
	                    if (next === '$') {
	                        escapedArg = escapedArg + char + next;
	                    }
	                    else if (next === '') {
	                        // reached EOF, stop processing
	                        break;
	                    }
	                    else {
	                        escapedArg = escapedArg + next;
	                    }
	                    if (found === -1) {
	                        found = i;
	                    }
	                    i++;
	                }
	            }
	            else if (!comment) {
	                if (start && char === '#') {
	                    comment = true;
	                }
	                else {
	                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
	                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
	                        escapedArg = "";
	                        found = -1;
	                    }
	                    escapedWhitespaceDetected = false;
	                    escaping = false;
	                    escapeMarker = -1;
	                    escapedArg = escapedArg + char;
	                    if (found === -1) {
	                        found = i;
	                    }
	                }
	                // non-whitespace character detected, reset
	                start = false;
	            }
	        }
	        if (found !== -1) {
	            if (escapeMarker === -1) {
	                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
	            }
	            else {
	                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
	            }
	        }
	        return args;
	    }
	    getExpandedArguments() {
	        let args = this.getArguments();
	        for (let i = 0; i < args.length; i++) {
	            const argRange = args[i].getRange();
	            let offset = this.document.offsetAt(argRange.start);
	            const variables = this.parseVariables(offset, args[i].getValue());
	            const swaps = [];
	            let requiresExpansion = false;
	            for (let variable of variables) {
	                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
	                swaps.push(value);
	                requiresExpansion = requiresExpansion || value !== undefined;
	            }
	            if (requiresExpansion) {
	                let expanded = "";
	                for (let j = 0; j < swaps.length; j++) {
	                    const variableRange = variables[j].getRange();
	                    const start = this.document.offsetAt(variableRange.start);
	                    const end = this.document.offsetAt(variableRange.end);
	                    if (swaps[j]) {
	                        // replace variable with its resolved value
	                        expanded += this.document.getText().substring(offset, start);
	                        expanded += swaps[j];
	                        offset = end;
	                    }
	                    else {
	                        expanded += this.document.getText().substring(offset, end);
	                        offset = end;
	                    }
	                }
	                const argEnd = this.document.offsetAt(argRange.end);
	                if (argEnd !== offset) {
	                    // if the variable's range doesn't match the argument,
	                    // append the remaining text
	                    expanded += this.document.getText().substring(offset, argEnd);
	                }
	                args[i] = new argument_1.Argument(expanded, argRange);
	            }
	        }
	        return args;
	    }
	    getVariables() {
	        const variables = [];
	        const args = this.getRawArguments();
	        for (const arg of args) {
	            let range = arg.getRange();
	            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
	            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
	            for (const parsedVariable of parsedVariables) {
	                variables.push(parsedVariable);
	            }
	        }
	        return variables;
	    }
	    parseVariables(offset, arg) {
	        let variables = [];
	        variableLoop: for (let i = 0; i < arg.length; i++) {
	            switch (arg.charAt(i)) {
	                case this.escapeChar:
	                    if (arg.charAt(i + 1) === '$') {
	                        i++;
	                    }
	                    break;
	                case '$':
	                    if (arg.charAt(i + 1) === '{') {
	                        let escapedString = "${";
	                        let escapedName = "";
	                        let nameEnd = -1;
	                        let escapedSubstitutionParameter = "";
	                        let substitutionStart = -1;
	                        let substitutionEnd = -1;
	                        let modifierRead = -1;
	                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
	                            let char = arg.charAt(j);
	                            switch (char) {
	                                case this.escapeChar:
	                                    for (let k = j + 1; k < arg.length; k++) {
	                                        switch (arg.charAt(k)) {
	                                            case ' ':
	                                            case '\t':
	                                            case '\r':
	                                                // ignore whitespace
	                                                continue;
	                                            case '\n':
	                                                // escape this newline
	                                                j = k;
	                                                continue nameLoop;
	                                        }
	                                    }
	                                    break;
	                                case '}':
	                                    escapedString += '}';
	                                    let modifier = null;
	                                    let modifierRange = null;
	                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
	                                    let substitutionRange = null;
	                                    if (nameEnd === -1) {
	                                        nameEnd = j;
	                                    }
	                                    else if (nameEnd + 1 === j) {
	                                        modifier = "";
	                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
	                                    }
	                                    else {
	                                        if (substitutionStart === -1) {
	                                            // no substitution parameter found,
	                                            // but a modifier character existed,
	                                            // just offset the range by 1 from
	                                            // the modifier character
	                                            substitutionStart = modifierRead + 1;
	                                            substitutionEnd = modifierRead + 1;
	                                        }
	                                        else {
	                                            // offset one more from the last
	                                            // character found
	                                            substitutionEnd = substitutionEnd + 1;
	                                        }
	                                        modifier = arg.substring(modifierRead, modifierRead + 1);
	                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
	                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
	                                    }
	                                    let start = this.document.positionAt(offset + i);
	                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
	                                    i = j;
	                                    continue variableLoop;
	                                case ':':
	                                    if (nameEnd === -1) {
	                                        nameEnd = j;
	                                    }
	                                    else if (modifierRead !== -1) {
	                                        if (substitutionStart === -1) {
	                                            substitutionStart = j;
	                                            substitutionEnd = j;
	                                        }
	                                        else {
	                                            substitutionEnd = j;
	                                        }
	                                        escapedSubstitutionParameter += ':';
	                                    }
	                                    else {
	                                        modifierRead = j;
	                                    }
	                                    escapedString += ':';
	                                    break;
	                                case '\n':
	                                case '\r':
	                                case ' ':
	                                case '\t':
	                                    break;
	                                default:
	                                    if (nameEnd === -1) {
	                                        escapedName += char;
	                                    }
	                                    else if (modifierRead !== -1) {
	                                        if (substitutionStart === -1) {
	                                            substitutionStart = j;
	                                            substitutionEnd = j;
	                                        }
	                                        else {
	                                            substitutionEnd = j;
	                                        }
	                                        escapedSubstitutionParameter += char;
	                                    }
	                                    else {
	                                        modifierRead = j;
	                                    }
	                                    escapedString += char;
	                                    break;
	                            }
	                        }
	                        // no } found, not a valid variable, stop processing
	                        break variableLoop;
	                    }
	                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
	                        // $ followed by whitespace or EOF, ignore this variable
	                        continue;
	                    }
	                    else {
	                        let escapedName = "";
	                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
	                            let char = arg.charAt(j);
	                            switch (char) {
	                                case '\r':
	                                case '\n':
	                                case ' ':
	                                case '\t':
	                                    continue;
	                                case '$':
	                                case '\'':
	                                case '"':
	                                    let varStart = this.document.positionAt(offset + i);
	                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
	                                    i = j - 1;
	                                    continue variableLoop;
	                                case this.escapeChar:
	                                    for (let k = j + 1; k < arg.length; k++) {
	                                        switch (arg.charAt(k)) {
	                                            case ' ':
	                                            case '\t':
	                                            case '\r':
	                                                // ignore whitespace
	                                                continue;
	                                            case '\n':
	                                                // escape this newline
	                                                j = k;
	                                                continue nameLoop;
	                                        }
	                                    }
	                                    // reached EOF after an escape character
	                                    let start = this.document.positionAt(offset + i);
	                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
	                                    break variableLoop;
	                            }
	                            if (char.match(/^[a-z0-9_]+$/i) === null) {
	                                let varStart = this.document.positionAt(offset + i);
	                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
	                                i = j - 1;
	                                continue variableLoop;
	                            }
	                            escapedName += char;
	                        }
	                        let start = this.document.positionAt(offset + i);
	                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
	                    }
	                    break variableLoop;
	            }
	        }
	        return variables;
	    }
	    isBuildVariable(variable, line) {
	        if (this.getKeyword() === main_1.Keyword.FROM) {
	            for (const initialArg of this.dockerfile.getInitialARGs()) {
	                const arg = initialArg;
	                const property = arg.getProperty();
	                if (property && variable === property.getName()) {
	                    return true;
	                }
	            }
	            return undefined;
	        }
	        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
	        let envs = image.getENVs();
	        for (let i = envs.length - 1; i >= 0; i--) {
	            if (envs[i].isBefore(line)) {
	                for (let property of envs[i].getProperties()) {
	                    if (property.getName() === variable) {
	                        return false;
	                    }
	                }
	            }
	        }
	        let args = image.getARGs();
	        for (let i = args.length - 1; i >= 0; i--) {
	            if (args[i].isBefore(line)) {
	                let property = args[i].getProperty();
	                if (property && property.getName() === variable) {
	                    return true;
	                }
	            }
	        }
	        return undefined;
	    }
	    createSingleLineHeredocs(args) {
	        const heredocs = [];
	        // instruction only on one line, if heredocs exist they would be incomplete
	        for (const arg of args) {
	            const value = arg.getValue();
	            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
	                const startRange = arg.getRange();
	                const nameRange = this.getNameRange(startRange);
	                const name = this.getName(nameRange);
	                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
	            }
	        }
	        return heredocs;
	    }
	    getName(nameRange) {
	        const content = this.document.getText(nameRange);
	        let escaping = false;
	        let name = "";
	        nameLoop: for (let i = 0; i < content.length; i++) {
	            const ch = content.charAt(i);
	            switch (ch) {
	                case this.escapeChar:
	                    escaping = true;
	                    for (let j = i + 1; j < content.length; j++) {
	                        switch (content.charAt(j)) {
	                            case ' ':
	                            case '\t':
	                                break;
	                            case '\r':
	                                i = j + 1;
	                                continue nameLoop;
	                            case '\n':
	                                i = j;
	                                continue nameLoop;
	                            default:
	                                name += content.charAt(j);
	                                i = j;
	                                continue nameLoop;
	                        }
	                    }
	                    break;
	                case '#':
	                    if (escaping) {
	                        for (let j = i + 1; j < content.length; j++) {
	                            switch (content.charAt(j)) {
	                                case '\n':
	                                    i = j;
	                                    continue nameLoop;
	                            }
	                        }
	                    }
	                case ' ':
	                case '\t':
	                case '\r':
	                case '\n':
	                    if (escaping) {
	                        break;
	                    }
	                default:
	                    name += ch;
	                    break;
	            }
	        }
	        return name;
	    }
	    getNameRange(startRange) {
	        const content = this.document.getText(startRange);
	        let endFound = false;
	        let searchHyphen = false;
	        let start = -1;
	        let end = -1;
	        let escaping = false;
	        let quote = null;
	        contentLoop: for (let i = 0; i < content.length; i++) {
	            const ch = content.charAt(i);
	            switch (ch) {
	                case '"':
	                case '\'':
	                    if (quote === ch) {
	                        break contentLoop;
	                    }
	                    quote = ch;
	                    continue;
	                case this.escapeChar:
	                    for (let j = i + 1; j < content.length; j++) {
	                        switch (content.charAt(j)) {
	                            case '\n':
	                                escaping = true;
	                                j = i;
	                                continue contentLoop;
	                        }
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                case '\r':
	                case '\n':
	                    break;
	                case '<':
	                    if (endFound) {
	                        searchHyphen = true;
	                    }
	                    else {
	                        endFound = true;
	                    }
	                    break;
	                case '-':
	                    if (searchHyphen) {
	                        searchHyphen = false;
	                        break;
	                    }
	                case '#':
	                    if (escaping) {
	                        for (let j = i + 1; j < content.length; j++) {
	                            switch (content.charAt(j)) {
	                                case '\n':
	                                    i = j;
	                                    continue contentLoop;
	                            }
	                        }
	                    }
	                default:
	                    if (start === -1) {
	                        start = i;
	                    }
	                    if (quote !== null) {
	                        end = i + 1;
	                        break;
	                    }
	                    break contentLoop;
	            }
	        }
	        if (start === -1) {
	            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
	        }
	        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
	        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
	        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
	    }
	    getHeredocs() {
	        const args = this.getArguments();
	        if (args.length === 0) {
	            return [];
	        }
	        const heredocs = [];
	        const range = this.getRange();
	        if (range.start.line === range.end.line) {
	            // instruction only on one line, if heredocs exist they would be incomplete
	            return this.createSingleLineHeredocs(args);
	        }
	        const heredocDefinitions = [];
	        let heredocsProcessed = false;
	        let escaping = false;
	        let contentStart = -1;
	        let contentEnd = -1;
	        let lineStart = -1;
	        let currentHeredoc = 0;
	        const startOffset = this.document.offsetAt(args[0].getRange().start);
	        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
	        contentLoop: for (let i = 0; i < content.length; i++) {
	            switch (content.charAt(i)) {
	                case this.escapeChar:
	                    escaping = true;
	                    for (let j = i + 1; j < content.length; j++) {
	                        switch (content.charAt(j)) {
	                            case ' ':
	                            case '\t':
	                                break;
	                            case '\r':
	                                j++;
	                            case '\n':
	                                i = j;
	                                continue contentLoop;
	                            default:
	                                i = j;
	                                continue contentLoop;
	                        }
	                    }
	                    break;
	                case '\r':
	                    break;
	                case '\n':
	                    if (escaping) {
	                        break;
	                    }
	                    if (heredocsProcessed) {
	                        if (contentStart === -1) {
	                            contentStart = i;
	                        }
	                        contentEnd = i;
	                        const arg = heredocDefinitions[currentHeredoc];
	                        const startRange = arg.getRange();
	                        const nameRange = this.getNameRange(startRange);
	                        const name = this.getName(nameRange);
	                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
	                        if (delimiterRange !== null) {
	                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
	                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
	                            contentStart = -1;
	                            currentHeredoc++;
	                        }
	                        lineStart = -1;
	                    }
	                    else {
	                        // found a newline that hasn't been escaped,
	                        // must be in a heredoc
	                        const offsetLimit = startOffset + i;
	                        for (const arg of args) {
	                            // check if this argument is on the initial line of the instruction,
	                            // note that it may not all be on the same line due to escaped newlines,
	                            // because of that we need to use offset checks instead of line checks
	                            // as an argument being on a different line in the document does not
	                            // imply it is on a different line from the Dockerfile's point of view
	                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
	                                if (arg.getValue().startsWith("<<")) {
	                                    heredocDefinitions.push(arg);
	                                }
	                            }
	                            else {
	                                break;
	                            }
	                        }
	                        heredocsProcessed = true;
	                        lineStart = -1;
	                        continue contentLoop;
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                    if (escaping) {
	                        break;
	                    }
	                case '#':
	                    if (escaping) {
	                        for (let j = i + 1; j < content.length; j++) {
	                            switch (content.charAt(j)) {
	                                case '\n':
	                                    i = j;
	                                    continue contentLoop;
	                            }
	                        }
	                    }
	                default:
	                    if (escaping) {
	                        escaping = false;
	                    }
	                    if (heredocsProcessed) {
	                        if (contentStart === -1) {
	                            contentStart = i;
	                        }
	                        if (lineStart === -1) {
	                            lineStart = i;
	                        }
	                    }
	                    break;
	            }
	        }
	        if (heredocsProcessed) {
	            const arg = heredocDefinitions[currentHeredoc];
	            const startRange = arg.getRange();
	            const nameRange = this.getNameRange(startRange);
	            const name = this.getName(nameRange);
	            let contentRange = null;
	            // check if the last line of this instruction matches the name of the last heredoc
	            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
	            if (delimiterRange === null) {
	                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
	            }
	            else if (contentEnd !== -1) {
	                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
	            }
	            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
	            currentHeredoc++;
	            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
	                const arg = heredocDefinitions[currentHeredoc];
	                const startRange = arg.getRange();
	                const nameRange = this.getNameRange(startRange);
	                const name = this.getName(nameRange);
	                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
	                currentHeredoc++;
	            }
	        }
	        else {
	            // instruction only on one line, if heredocs exist they would be incomplete
	            return this.createSingleLineHeredocs(args);
	        }
	        return heredocs;
	    }
	    getDelimiterRange(startArg, name, candidateRange) {
	        const text = this.document.getText(candidateRange);
	        if (startArg.getValue().startsWith("<<-")) {
	            // remove tabs in the front
	            let index = 0;
	            while (text.charAt(index) === '\t') {
	                index++;
	            }
	            if (text.substring(index) === name) {
	                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
	            }
	            return null;
	        }
	        return text === name ? candidateRange : null;
	    }
	}
	instruction.Instruction = Instruction;
	return instruction;
}

var add = {};

var jsonInstruction = {};

var modifiableInstruction = {};

var flag = {};

var flagOption = {};

var hasRequiredFlagOption;

function requireFlagOption () {
	if (hasRequiredFlagOption) return flagOption;
	hasRequiredFlagOption = 1;
	Object.defineProperty(flagOption, "__esModule", { value: true });
	flagOption.FlagOption = void 0;
	class FlagOption {
	    constructor(range, name, nameRange, value, valueRange) {
	        this.range = range;
	        this.name = name;
	        this.nameRange = nameRange;
	        this.value = value;
	        this.valueRange = valueRange;
	    }
	    toString() {
	        if (this.valueRange !== null) {
	            return this.name + "=" + this.value;
	        }
	        return this.name;
	    }
	    getRange() {
	        return this.range;
	    }
	    getName() {
	        return this.name;
	    }
	    getNameRange() {
	        return this.nameRange;
	    }
	    getValue() {
	        return this.value;
	    }
	    getValueRange() {
	        return this.valueRange;
	    }
	}
	flagOption.FlagOption = FlagOption;
	return flagOption;
}

var hasRequiredFlag;

function requireFlag () {
	if (hasRequiredFlag) return flag;
	hasRequiredFlag = 1;
	Object.defineProperty(flag, "__esModule", { value: true });
	flag.Flag = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const flagOption_1 = requireFlagOption();
	class Flag {
	    constructor(document, range, name, nameRange, value, valueRange) {
	        this.options = [];
	        this.range = range;
	        this.name = name;
	        this.nameRange = nameRange;
	        this.value = value;
	        this.valueRange = valueRange;
	        if (this.value !== null) {
	            let offset = document.offsetAt(valueRange.start);
	            let nameStart = -1;
	            let valueStart = -1;
	            let hasOptions = false;
	            for (let i = 0; i < value.length; i++) {
	                switch (value.charAt(i)) {
	                    case '=':
	                        hasOptions = true;
	                        if (valueStart === -1) {
	                            valueStart = i + 1;
	                            break;
	                        }
	                        break;
	                    case ',':
	                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
	                        nameStart = -1;
	                        valueStart = -1;
	                        break;
	                    default:
	                        if (nameStart === -1) {
	                            nameStart = i;
	                        }
	                        break;
	                }
	            }
	            if (hasOptions && nameStart !== -1) {
	                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
	            }
	        }
	    }
	    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
	        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
	        if (valueStart === -1) {
	            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
	        }
	        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
	    }
	    toString() {
	        if (this.valueRange) {
	            return "--" + this.name + "=" + this.value;
	        }
	        return "--" + this.name;
	    }
	    /**
	     * Returns the range that encompasses this entire flag. This includes the
	     * -- prefix in the beginning to the last character of the flag's value (if
	     * it has been defined).
	     *
	     * @return the entire range of this flag
	     */
	    getRange() {
	        return this.range;
	    }
	    /**
	     * Returns the name of this flag. The name does not include the -- prefix.
	     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
	     * not --interval.
	     *
	     * @return this flag's name
	     */
	    getName() {
	        return this.name;
	    }
	    /**
	     * Returns the range that encompasses the flag's name
	     *
	     * @return the range containing the flag's name
	     */
	    getNameRange() {
	        return this.nameRange;
	    }
	    /**
	     * Returns the value that has been set to this flag. May be null if the
	     * flag is invalid and has no value set like a --start-period. If the flag
	     * is instead a --start-period= with an equals sign then the flag's value
	     * is the empty string.
	     *
	     * @return this flag's value if it has been defined, null otherwise
	     */
	    getValue() {
	        return this.value;
	    }
	    /**
	     * Returns the range that encompasses this flag's value. If no value has
	     * been set then null will be returned.
	     *
	     * @return the range containing this flag's value, or null if the flag
	     *         has no value defined
	     */
	    getValueRange() {
	        return this.valueRange;
	    }
	    getOption(name) {
	        for (const option of this.options) {
	            if (option.getName() === name) {
	                return option;
	            }
	        }
	        return null;
	    }
	    getOptions() {
	        return this.options;
	    }
	    hasOptions() {
	        return this.options.length > 0;
	    }
	}
	flag.Flag = Flag;
	return flag;
}

var hasRequiredModifiableInstruction;

function requireModifiableInstruction () {
	if (hasRequiredModifiableInstruction) return modifiableInstruction;
	hasRequiredModifiableInstruction = 1;
	Object.defineProperty(modifiableInstruction, "__esModule", { value: true });
	modifiableInstruction.ModifiableInstruction = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const flag_1 = requireFlag();
	const instruction_1 = requireInstruction();
	class ModifiableInstruction extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    getFlags() {
	        if (!this.flags) {
	            this.flags = [];
	            for (let arg of this.getArguments()) {
	                let value = arg.getValue();
	                if (this.stopSearchingForFlags(value)) {
	                    return this.flags;
	                }
	                else if (value.indexOf("--") === 0) {
	                    let range = arg.getRange();
	                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
	                    let nameIndex = value.indexOf('=');
	                    let index = rawValue.indexOf('=');
	                    let firstMatch = false;
	                    let secondMatch = false;
	                    let startIndex = -1;
	                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
	                        switch (rawValue.charAt(i)) {
	                            case '\\':
	                            case ' ':
	                            case '\t':
	                            case '\r':
	                            case '\n':
	                                break;
	                            case '-':
	                                if (secondMatch) {
	                                    startIndex = i;
	                                    break nameSearchLoop;
	                                }
	                                else if (firstMatch) {
	                                    secondMatch = true;
	                                }
	                                else {
	                                    firstMatch = true;
	                                }
	                                break;
	                            default:
	                                startIndex = i;
	                                break nameSearchLoop;
	                        }
	                    }
	                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
	                    if (index === -1) {
	                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
	                    }
	                    else if (index === value.length - 1) {
	                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
	                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
	                    }
	                    else {
	                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
	                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
	                    }
	                }
	            }
	        }
	        return this.flags;
	    }
	    getArguments() {
	        const args = super.getArguments();
	        const flags = this.getFlags();
	        if (flags.length === 0) {
	            return args;
	        }
	        for (let i = 0; i < flags.length; i++) {
	            args.shift();
	        }
	        return args;
	    }
	}
	modifiableInstruction.ModifiableInstruction = ModifiableInstruction;
	return modifiableInstruction;
}

var hasRequiredJsonInstruction;

function requireJsonInstruction () {
	if (hasRequiredJsonInstruction) return jsonInstruction;
	hasRequiredJsonInstruction = 1;
	Object.defineProperty(jsonInstruction, "__esModule", { value: true });
	jsonInstruction.JSONInstruction = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const argument_1 = requireArgument();
	const jsonArgument_1 = requireJsonArgument();
	const modifiableInstruction_1 = requireModifiableInstruction();
	class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	        this.openingBracket = null;
	        this.closingBracket = null;
	        this.jsonStrings = [];
	        const argsContent = this.getRawArgumentsContent();
	        if (argsContent === null) {
	            return;
	        }
	        const args = this.getArguments();
	        if (args.length === 1 && args[0].getValue() === "[]") {
	            let argRange = args[0].getRange();
	            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
	            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
	            return;
	        }
	        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
	            this.openingBracket = args[0];
	            this.closingBracket = args[1];
	            return;
	        }
	        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
	        let start = -1;
	        let last = "";
	        let quoted = false;
	        let escapedArg = "";
	        argsCheck: for (let i = 0; i < argsContent.length; i++) {
	            let char = argsContent.charAt(i);
	            switch (char) {
	                case '[':
	                    if (last === "") {
	                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
	                        last = '[';
	                    }
	                    else if (quoted) {
	                        escapedArg = escapedArg + char;
	                    }
	                    else {
	                        break argsCheck;
	                    }
	                    break;
	                case '"':
	                    if (last === '[' || last === ',') {
	                        start = i;
	                        quoted = true;
	                        last = '"';
	                        escapedArg = escapedArg + char;
	                        continue;
	                    }
	                    else if (last === '"') {
	                        if (quoted) {
	                            escapedArg = escapedArg + char;
	                            // quoted string done
	                            quoted = false;
	                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
	                            escapedArg = "";
	                        }
	                        else {
	                            // should be a , or a ]
	                            break argsCheck;
	                        }
	                    }
	                    else {
	                        break argsCheck;
	                    }
	                    break;
	                case ',':
	                    if (quoted) {
	                        escapedArg = escapedArg + char;
	                    }
	                    else {
	                        if (last === '"') {
	                            last = ',';
	                        }
	                        else {
	                            break argsCheck;
	                        }
	                    }
	                    break;
	                case ']':
	                    if (quoted) {
	                        escapedArg = escapedArg + char;
	                    }
	                    else if (last !== "") {
	                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
	                        break argsCheck;
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                    break;
	                case '\\':
	                    if (quoted) {
	                        switch (argsContent.charAt(i + 1)) {
	                            case '"':
	                            case '\\':
	                                escapedArg = escapedArg + argsContent.charAt(i + 1);
	                                i++;
	                                continue;
	                            case ' ':
	                            case '\t':
	                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
	                                    switch (argsContent.charAt(j)) {
	                                        case '\r':
	                                            // offset one more for \r\n
	                                            j++;
	                                        case '\n':
	                                            i = j;
	                                            continue argsCheck;
	                                        case ' ':
	                                        case '\t':
	                                            break;
	                                        default:
	                                            break escapeCheck;
	                                    }
	                                }
	                                break;
	                            case '\r':
	                                // offset one more for \r\n
	                                i++;
	                            default:
	                                i++;
	                                continue;
	                        }
	                    }
	                    else {
	                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
	                            switch (argsContent.charAt(j)) {
	                                case '\r':
	                                    // offset one more for \r\n
	                                    j++;
	                                case '\n':
	                                    i = j;
	                                    continue argsCheck;
	                                case ' ':
	                                case '\t':
	                                    break;
	                                default:
	                                    break escapeCheck;
	                            }
	                        }
	                    }
	                    break argsCheck;
	                default:
	                    if (!quoted) {
	                        break argsCheck;
	                    }
	                    escapedArg = escapedArg + char;
	                    break;
	            }
	        }
	    }
	    stopSearchingForFlags(_value) {
	        return true;
	    }
	    getOpeningBracket() {
	        return this.openingBracket;
	    }
	    getJSONStrings() {
	        return this.jsonStrings;
	    }
	    getClosingBracket() {
	        return this.closingBracket;
	    }
	}
	jsonInstruction.JSONInstruction = JSONInstruction;
	return jsonInstruction;
}

var hasRequiredAdd;

function requireAdd () {
	if (hasRequiredAdd) return add;
	hasRequiredAdd = 1;
	Object.defineProperty(add, "__esModule", { value: true });
	add.Add = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Add extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    stopSearchingForFlags(argument) {
	        return argument.indexOf("--") === -1;
	    }
	}
	add.Add = Add;
	return add;
}

var arg = {};

var property = {};

var hasRequiredProperty;

function requireProperty () {
	if (hasRequiredProperty) return property;
	hasRequiredProperty = 1;
	Object.defineProperty(property, "__esModule", { value: true });
	property.Property = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const util_1 = requireUtil();
	class Property {
	    constructor(document, escapeChar, arg, arg2) {
	        this.assignmentOperatorRange = null;
	        this.assignmentOperator = null;
	        this.valueRange = null;
	        this.value = null;
	        this.document = document;
	        this.escapeChar = escapeChar;
	        this.nameRange = Property.getNameRange(document, arg);
	        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
	        this.name = Property.getValue(value, escapeChar);
	        if (arg2) {
	            this.valueRange = arg2.getRange();
	            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
	            this.value = Property.getValue(value, escapeChar);
	            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
	        }
	        else {
	            let argRange = arg.getRange();
	            if (this.nameRange.start.line === argRange.start.line
	                && this.nameRange.start.character === argRange.start.character
	                && this.nameRange.end.line === argRange.end.line
	                && this.nameRange.end.character === argRange.end.character) ;
	            else {
	                this.valueRange = Property.getValueRange(document, arg);
	                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
	                this.value = Property.getValue(value, escapeChar);
	                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
	                this.assignmentOperator = "=";
	            }
	            this.range = argRange;
	        }
	    }
	    getRange() {
	        return this.range;
	    }
	    getName() {
	        return this.name;
	    }
	    getNameRange() {
	        return this.nameRange;
	    }
	    getValue() {
	        return this.value;
	    }
	    getValueRange() {
	        return this.valueRange;
	    }
	    /**
	     * Retrieves the operator used for delimiting between the name and
	     * value of this property. This will either be the "=" character
	     * or null if a character was not used or if this property has no
	     * value defined.
	     */
	    getAssignmentOperator() {
	        return this.assignmentOperator;
	    }
	    getAssignmentOperatorRange() {
	        return this.assignmentOperatorRange;
	    }
	    /**
	     * Returns the value of this property including any enclosing
	     * single or double quotes and relevant escape characters.
	     * Escaped newlines and its associated contiguous whitespace
	     * characters however will not be returned as they are deemed to
	     * be uninteresting to clients trying to return a Dockerfile.
	     *
	     * @return the unescaped value of this property or null if this
	     *         property has no associated value
	     */
	    getUnescapedValue() {
	        if (this.valueRange === null) {
	            return null;
	        }
	        let escaped = false;
	        let rawValue = "";
	        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
	        rawLoop: for (let i = 0; i < value.length; i++) {
	            let char = value.charAt(i);
	            switch (char) {
	                case this.escapeChar:
	                    for (let j = i + 1; j < value.length; j++) {
	                        switch (value.charAt(j)) {
	                            case '\r':
	                                j++;
	                            case '\n':
	                                escaped = true;
	                                i = j;
	                                continue rawLoop;
	                            case ' ':
	                            case '\t':
	                                break;
	                            default:
	                                rawValue = rawValue + char;
	                                continue rawLoop;
	                        }
	                    }
	                    // this happens if there's only whitespace after the escape character
	                    rawValue = rawValue + char;
	                    break;
	                case '\r':
	                case '\n':
	                    break;
	                case ' ':
	                case '\t':
	                    if (!escaped) {
	                        rawValue = rawValue + char;
	                    }
	                    break;
	                case '#':
	                    if (escaped) {
	                        for (let j = i + 1; j < value.length; j++) {
	                            switch (value.charAt(j)) {
	                                case '\r':
	                                    j++;
	                                case '\n':
	                                    i = j;
	                                    continue rawLoop;
	                            }
	                        }
	                    }
	                    else {
	                        rawValue = rawValue + char;
	                    }
	                    break;
	                default:
	                    rawValue = rawValue + char;
	                    escaped = false;
	                    break;
	            }
	        }
	        return rawValue;
	    }
	    static getNameRange(document, arg) {
	        let value = arg.getValue();
	        let index = value.indexOf('=');
	        if (index !== -1) {
	            let initial = value.charAt(0);
	            let before = value.charAt(index - 1);
	            // check if content before the equals sign are in quotes
	            // "var"=value
	            // 'var'=value
	            // otherwise, just assume it's a standard definition
	            // var=value
	            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
	                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
	            }
	        }
	        // no '=' found, just defined the property's name
	        return arg.getRange();
	    }
	    static getValueRange(document, arg) {
	        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
	    }
	    /**
	     * Returns the actual value of this key-value pair. The value will
	     * have its escape characters removed if applicable. If the value
	     * spans multiple lines and there are comments nested within the
	     * lines, they too will be removed.
	     *
	     * @return the value that this key-value pair will actually be, may
	     *         be null if no value is defined, may be the empty string
	     *         if the value only consists of whitespace
	     */
	    static getValue(value, escapeChar) {
	        let escaped = false;
	        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
	        if (skip !== 0 && value.charAt(skip) === '#') {
	            // need to skip over comments
	            escaped = true;
	        }
	        value = value.substring(skip);
	        let first = value.charAt(0);
	        let last = value.charAt(value.length - 1);
	        let literal = first === '\'' || first === '"';
	        let inSingle = (first === '\'' && last === '\'');
	        let inDouble = false;
	        if (first === '"') {
	            for (let i = 1; i < value.length; i++) {
	                if (value.charAt(i) === escapeChar) {
	                    i++;
	                }
	                else if (value.charAt(i) === '"' && i === value.length - 1) {
	                    inDouble = true;
	                }
	            }
	        }
	        if (inSingle || inDouble) {
	            value = value.substring(1, value.length - 1);
	        }
	        let commentCheck = -1;
	        let escapedValue = "";
	        parseValue: for (let i = 0; i < value.length; i++) {
	            let char = value.charAt(i);
	            switch (char) {
	                case escapeChar:
	                    if (i + 1 === value.length) {
	                        escapedValue = escapedValue + escapeChar;
	                        break parseValue;
	                    }
	                    char = value.charAt(i + 1);
	                    if (char === ' ' || char === '\t') {
	                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
	                            let char2 = value.charAt(j);
	                            switch (char2) {
	                                case ' ':
	                                case '\t':
	                                    break;
	                                case '\r':
	                                    j++;
	                                case '\n':
	                                    escaped = true;
	                                    i = j;
	                                    continue parseValue;
	                                default:
	                                    if (!inDouble && !inSingle && !literal) {
	                                        if (char2 === escapeChar) {
	                                            // add the escaped character
	                                            escapedValue = escapedValue + char;
	                                            // now start parsing from the next escape character
	                                            i = i + 1;
	                                        }
	                                        else {
	                                            // the expectation is that this j = i + 2 here
	                                            escapedValue = escapedValue + char + char2;
	                                            i = j;
	                                        }
	                                        continue parseValue;
	                                    }
	                                    break whitespaceCheck;
	                            }
	                        }
	                    }
	                    if (inDouble) {
	                        if (char === '\r') {
	                            escaped = true;
	                            i = i + 2;
	                        }
	                        else if (char === '\n') {
	                            escaped = true;
	                            i++;
	                        }
	                        else if (char !== '"') {
	                            if (char === escapeChar) {
	                                i++;
	                            }
	                            escapedValue = escapedValue + escapeChar;
	                        }
	                        continue parseValue;
	                    }
	                    else if (inSingle || literal) {
	                        if (char === '\r') {
	                            escaped = true;
	                            i = i + 2;
	                        }
	                        else if (char === '\n') {
	                            escaped = true;
	                            i++;
	                        }
	                        else {
	                            escapedValue = escapedValue + escapeChar;
	                        }
	                        continue parseValue;
	                    }
	                    else if (char === escapeChar) {
	                        // double escape, append one and move on
	                        escapedValue = escapedValue + escapeChar;
	                        i++;
	                    }
	                    else if (char === '\r') {
	                        escaped = true;
	                        // offset one more for \r\n
	                        i = i + 2;
	                    }
	                    else if (char === '\n') {
	                        escaped = true;
	                        i++;
	                    }
	                    else {
	                        // any other escapes are simply ignored
	                        escapedValue = escapedValue + char;
	                        i++;
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                    if (escaped && commentCheck === -1) {
	                        commentCheck = i;
	                    }
	                    escapedValue = escapedValue + char;
	                    break;
	                case '\r':
	                    i++;
	                case '\n':
	                    if (escaped && commentCheck !== -1) {
	                        // rollback and remove the whitespace that was previously appended
	                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
	                        commentCheck = -1;
	                    }
	                    break;
	                case '#':
	                    // a newline was escaped and now there's a comment
	                    if (escaped) {
	                        if (commentCheck !== -1) {
	                            // rollback and remove the whitespace that was previously appended
	                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
	                            commentCheck = -1;
	                        }
	                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
	                            switch (value.charAt(j)) {
	                                case '\r':
	                                    j++;
	                                case '\n':
	                                    i = j;
	                                    break newlineCheck;
	                            }
	                        }
	                        continue parseValue;
	                    }
	                default:
	                    if (escaped) {
	                        escaped = false;
	                        commentCheck = -1;
	                    }
	                    escapedValue = escapedValue + char;
	                    break;
	            }
	        }
	        return escapedValue;
	    }
	}
	property.Property = Property;
	return property;
}

var propertyInstruction = {};

var hasRequiredPropertyInstruction;

function requirePropertyInstruction () {
	if (hasRequiredPropertyInstruction) return propertyInstruction;
	hasRequiredPropertyInstruction = 1;
	Object.defineProperty(propertyInstruction, "__esModule", { value: true });
	propertyInstruction.PropertyInstruction = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const instruction_1 = requireInstruction();
	const property_1 = requireProperty();
	const argument_1 = requireArgument();
	const util_1 = requireUtil();
	class PropertyInstruction extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	        this.properties = undefined;
	    }
	    getProperties() {
	        if (this.properties === undefined) {
	            let args = this.getPropertyArguments();
	            if (args.length === 0) {
	                this.properties = [];
	            }
	            else if (args.length === 1) {
	                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
	            }
	            else if (args.length === 2) {
	                if (args[0].getValue().indexOf('=') === -1) {
	                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
	                }
	                else {
	                    this.properties = [
	                        new property_1.Property(this.document, this.escapeChar, args[0]),
	                        new property_1.Property(this.document, this.escapeChar, args[1])
	                    ];
	                }
	            }
	            else if (args[0].getValue().indexOf('=') === -1) {
	                let text = this.document.getText();
	                let start = args[1].getRange().start;
	                let end = args[args.length - 1].getRange().end;
	                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
	                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
	            }
	            else {
	                this.properties = [];
	                for (let i = 0; i < args.length; i++) {
	                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
	                }
	            }
	        }
	        return this.properties;
	    }
	    /**
	     * Goes from the back of the string and returns the first
	     * non-whitespace character that is found. If an escape character
	     * is found with newline characters, the escape character will
	     * not be considered a non-whitespace character and its index in
	     * the string will not be returned.
	     *
	     * @param content the string to search through
	     * @return the index in the string for the first non-whitespace
	     *         character when searching from the end of the string
	     */
	    findTrailingNonWhitespace(content) {
	        // loop back to find the first non-whitespace character
	        let index = content.length;
	        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
	            switch (content.charAt(i)) {
	                case ' ':
	                case '\t':
	                    continue;
	                case '\n':
	                    if (content.charAt(i - 1) === '\r') {
	                        i = i - 1;
	                    }
	                case '\r':
	                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
	                        switch (content.charAt(j)) {
	                            case ' ':
	                            case '\t':
	                            case '\r':
	                            case '\n':
	                            case this.escapeChar:
	                                continue;
	                            default:
	                                index = j;
	                                break newlineCheck;
	                        }
	                    }
	                    break whitespaceCheck;
	                default:
	                    index = i;
	                    break whitespaceCheck;
	            }
	        }
	        return index;
	    }
	    getPropertyArguments() {
	        const args = [];
	        let range = this.getInstructionRange();
	        let instructionNameEndOffset = this.document.offsetAt(range.end);
	        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
	        let content = this.getTextContent();
	        let fullArgs = content.substring(extra);
	        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
	        if (start === -1) {
	            // only whitespace found, no arguments
	            return [];
	        }
	        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
	        // records whether the parser has just processed an escaped newline or not,
	        // if our starting position is not on the same line as the instruction then
	        // the start of the content is already on an escaped line
	        let escaped = range.start.line !== startPosition.line;
	        // flag to track if the last character was an escape character
	        let endingEscape = false;
	        // position before the first escape character was hit
	        let mark = -1;
	        let end = this.findTrailingNonWhitespace(fullArgs);
	        content = fullArgs.substring(start, end + 1);
	        let argStart = escaped ? -1 : 0;
	        let spaced = false;
	        argumentLoop: for (let i = 0; i < content.length; i++) {
	            let char = content.charAt(i);
	            switch (char) {
	                case this.escapeChar:
	                    if (i + 1 === content.length) {
	                        endingEscape = true;
	                        break argumentLoop;
	                    }
	                    if (!escaped) {
	                        mark = i;
	                    }
	                    switch (content.charAt(i + 1)) {
	                        case ' ':
	                        case '\t':
	                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
	                                // space was escaped, continue as normal
	                                i = i + 1;
	                                continue argumentLoop;
	                            }
	                            // whitespace encountered, need to figure out if it extends to EOL
	                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
	                                switch (content.charAt(j)) {
	                                    case '\r':
	                                        // offset one more for \r\n
	                                        j++;
	                                    case '\n':
	                                        // whitespace only, safe to skip
	                                        escaped = true;
	                                        i = j;
	                                        continue argumentLoop;
	                                    case ' ':
	                                    case '\t':
	                                        // ignore whitespace
	                                        break;
	                                    default:
	                                        // whitespace doesn't extend to EOL, create an argument
	                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
	                                        argStart = j;
	                                        break whitespaceCheck;
	                                }
	                            }
	                            // go back and start processing the encountered non-whitespace character
	                            i = argStart - 1;
	                            continue argumentLoop;
	                        case '\r':
	                            // offset one more for \r\n
	                            i++;
	                        case '\n':
	                            // immediately followed by a newline, skip the newline
	                            escaped = true;
	                            i = i + 1;
	                            continue argumentLoop;
	                        case this.escapeChar:
	                            // double escape found, skip it and move on
	                            if (argStart === -1) {
	                                argStart = i;
	                            }
	                            i = i + 1;
	                            continue argumentLoop;
	                        default:
	                            if (argStart === -1) {
	                                argStart = i;
	                            }
	                            // non-whitespace encountered, skip the escape and process the
	                            // character normally
	                            continue argumentLoop;
	                    }
	                case '\'':
	                case '"':
	                    if (spaced) {
	                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
	                        // reset to start a new argument
	                        argStart = i;
	                        spaced = false;
	                    }
	                    if (argStart === -1) {
	                        argStart = i;
	                    }
	                    for (let j = i + 1; j < content.length; j++) {
	                        switch (content.charAt(j)) {
	                            case char:
	                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
	                                    // there is more content after this quote,
	                                    // continue so that it is all processed as
	                                    // one single argument
	                                    i = j;
	                                    continue argumentLoop;
	                                }
	                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
	                                i = j;
	                                argStart = -1;
	                                continue argumentLoop;
	                            case this.escapeChar:
	                                j++;
	                                break;
	                        }
	                    }
	                    break argumentLoop;
	                case ' ':
	                case '\t':
	                    if (escaped) {
	                        // consider there to be a space only if an argument
	                        // is not spanning multiple lines
	                        if (argStart !== -1) {
	                            spaced = true;
	                        }
	                    }
	                    else if (argStart !== -1) {
	                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
	                        argStart = -1;
	                    }
	                    break;
	                case '\r':
	                    // offset one more for \r\n
	                    i++;
	                case '\n':
	                    spaced = false;
	                    break;
	                case '#':
	                    if (escaped) {
	                        // a newline was escaped and now there's a comment
	                        for (let j = i + 1; j < content.length; j++) {
	                            switch (content.charAt(j)) {
	                                case '\r':
	                                    j++;
	                                case '\n':
	                                    i = j;
	                                    spaced = false;
	                                    continue argumentLoop;
	                            }
	                        }
	                        // went to the end without finding a newline,
	                        // the comment was the last line in the instruction,
	                        // just stop parsing, create an argument if needed
	                        if (argStart !== -1) {
	                            let value = content.substring(argStart, mark);
	                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
	                            argStart = -1;
	                        }
	                        break argumentLoop;
	                    }
	                    else if (argStart === -1) {
	                        argStart = i;
	                    }
	                    break;
	                default:
	                    if (spaced) {
	                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
	                        // reset to start a new argument
	                        argStart = i;
	                        spaced = false;
	                    }
	                    escaped = false;
	                    if (argStart === -1) {
	                        argStart = i;
	                    }
	                    // variable detected
	                    if (char === '$' && content.charAt(i + 1) === '{') {
	                        let singleQuotes = false;
	                        let doubleQuotes = false;
	                        let escaped = false;
	                        for (let j = i + 1; j < content.length; j++) {
	                            switch (content.charAt(j)) {
	                                case this.escapeChar:
	                                    escaped = true;
	                                    break;
	                                case '\r':
	                                case '\n':
	                                    break;
	                                case '\'':
	                                    singleQuotes = !singleQuotes;
	                                    escaped = false;
	                                    break;
	                                case '"':
	                                    doubleQuotes = !doubleQuotes;
	                                    escaped = false;
	                                    break;
	                                case ' ':
	                                case '\t':
	                                    if (escaped || singleQuotes || doubleQuotes) {
	                                        break;
	                                    }
	                                    i = j - 1;
	                                    continue argumentLoop;
	                                case '}':
	                                    i = j;
	                                    continue argumentLoop;
	                                default:
	                                    escaped = false;
	                                    break;
	                            }
	                        }
	                        break argumentLoop;
	                    }
	                    break;
	            }
	        }
	        if (argStart !== -1 && argStart !== content.length) {
	            let end = endingEscape ? content.length - 1 : content.length;
	            let value = content.substring(argStart, end);
	            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
	        }
	        return args;
	    }
	    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
	        if (argStart !== -1) {
	            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
	        }
	    }
	}
	propertyInstruction.PropertyInstruction = PropertyInstruction;
	return propertyInstruction;
}

var hasRequiredArg;

function requireArg () {
	if (hasRequiredArg) return arg;
	hasRequiredArg = 1;
	Object.defineProperty(arg, "__esModule", { value: true });
	arg.Arg = void 0;
	const property_1 = requireProperty();
	const propertyInstruction_1 = requirePropertyInstruction();
	class Arg extends propertyInstruction_1.PropertyInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	        this.property = null;
	        const args = this.getPropertyArguments();
	        if (args.length === 1) {
	            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
	        }
	        else {
	            this.property = null;
	        }
	    }
	    /**
	     * Returns the variable defined by this ARG. This may be null if
	     * this ARG instruction is malformed and has no variable
	     * declaration.
	     */
	    getProperty() {
	        return this.property;
	    }
	}
	arg.Arg = Arg;
	return arg;
}

var cmd = {};

var hasRequiredCmd;

function requireCmd () {
	if (hasRequiredCmd) return cmd;
	hasRequiredCmd = 1;
	Object.defineProperty(cmd, "__esModule", { value: true });
	cmd.Cmd = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Cmd extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	cmd.Cmd = Cmd;
	return cmd;
}

var copy = {};

var hasRequiredCopy;

function requireCopy () {
	if (hasRequiredCopy) return copy;
	hasRequiredCopy = 1;
	Object.defineProperty(copy, "__esModule", { value: true });
	copy.Copy = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Copy extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    stopSearchingForFlags(argument) {
	        return argument.indexOf("--") === -1;
	    }
	    getFromFlag() {
	        let flags = super.getFlags();
	        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
	    }
	    /**
	     * Returns there here-documents that are defined in this RUN
	     * instruction.
	     *
	     * This API is experimental and subject to change.
	     */
	    getHeredocs() {
	        return super.getHeredocs();
	    }
	}
	copy.Copy = Copy;
	return copy;
}

var env = {};

var hasRequiredEnv;

function requireEnv () {
	if (hasRequiredEnv) return env;
	hasRequiredEnv = 1;
	Object.defineProperty(env, "__esModule", { value: true });
	env.Env = void 0;
	const propertyInstruction_1 = requirePropertyInstruction();
	class Env extends propertyInstruction_1.PropertyInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    getProperties() {
	        return super.getProperties();
	    }
	}
	env.Env = Env;
	return env;
}

var entrypoint = {};

var hasRequiredEntrypoint;

function requireEntrypoint () {
	if (hasRequiredEntrypoint) return entrypoint;
	hasRequiredEntrypoint = 1;
	Object.defineProperty(entrypoint, "__esModule", { value: true });
	entrypoint.Entrypoint = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Entrypoint extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	entrypoint.Entrypoint = Entrypoint;
	return entrypoint;
}

var from = {};

var hasRequiredFrom;

function requireFrom () {
	if (hasRequiredFrom) return from;
	hasRequiredFrom = 1;
	Object.defineProperty(from, "__esModule", { value: true });
	from.From = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const modifiableInstruction_1 = requireModifiableInstruction();
	class From extends modifiableInstruction_1.ModifiableInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    stopSearchingForFlags(argument) {
	        return argument.indexOf("--") === -1;
	    }
	    getImage() {
	        const args = this.getArguments();
	        return args.length > 0 ? args[0].getValue() : null;
	    }
	    /**
	     * Returns the name of the image that will be used as the base image.
	     *
	     * @return the base image's name, or null if unspecified
	     */
	    getImageName() {
	        const imageName = this.getRangeContent(this.getImageNameRange());
	        if (imageName === null) {
	            return null;
	        }
	        let commented = false;
	        let escaped = false;
	        let name = "";
	        for (let i = 0; i < imageName.length; i++) {
	            const ch = imageName.charAt(i);
	            switch (ch) {
	                case this.escapeChar:
	                    escaped = true;
	                    break;
	                case '\r':
	                    continue;
	                case '\n':
	                    commented = false;
	                    break;
	                case ' ':
	                case '\t':
	                    break;
	                case '#':
	                    if (escaped) {
	                        commented = true;
	                    }
	                    else {
	                        name = name + ch;
	                        escaped = false;
	                    }
	                    break;
	                default:
	                    if (!commented) {
	                        name = name + ch;
	                        escaped = false;
	                    }
	                    break;
	            }
	        }
	        return name;
	    }
	    /**
	     * Returns the range that covers the name of the image used by
	     * this instruction.
	     *
	     * @return the range of the name of this instruction's argument,
	     *         or null if no image has been specified
	     */
	    getImageNameRange() {
	        let range = this.getImageRange();
	        if (range) {
	            let registryRange = this.getRegistryRange();
	            if (registryRange) {
	                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
	            }
	            let tagRange = this.getImageTagRange();
	            let digestRange = this.getImageDigestRange();
	            if (tagRange === null) {
	                if (digestRange !== null) {
	                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
	                }
	            }
	            else {
	                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
	            }
	            return range;
	        }
	        return null;
	    }
	    /**
	     * Returns the range that covers the image argument of this
	     * instruction. This includes the tag or digest of the image if
	     * it has been specified by the instruction.
	     *
	     * @return the range of the image argument, or null if no image
	     *         has been specified
	     */
	    getImageRange() {
	        let args = this.getArguments();
	        return args.length !== 0 ? args[0].getRange() : null;
	    }
	    getImageTag() {
	        return this.getRangeContent(this.getImageTagRange());
	    }
	    /**
	     * Returns the range in the document that the tag of the base
	     * image encompasses.
	     *
	     * @return the base image's tag's range in the document, or null
	     *         if no tag has been specified
	     */
	    getImageTagRange() {
	        const range = this.getImageRange();
	        if (range) {
	            const rangeStartOffset = this.document.offsetAt(range.start);
	            const content = this.getRangeContent(range);
	            const atIndex = this.indexOf(rangeStartOffset, content, '@');
	            const slashIndex = content.indexOf('/');
	            if (atIndex === -1) {
	                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
	                if (colonIndex > slashIndex) {
	                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
	                }
	            }
	            const subcontent = content.substring(0, atIndex);
	            const subcolonIndex = subcontent.indexOf(':');
	            if (subcolonIndex === -1) {
	                return null;
	            }
	            if (slashIndex === -1) {
	                // slash not found suggests no registry and no namespace defined
	                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
	            }
	            // both colon and slash found, check if it is a port
	            if (subcolonIndex < slashIndex) {
	                return null;
	            }
	            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
	        }
	        return null;
	    }
	    getImageDigest() {
	        return this.getRangeContent(this.getImageDigestRange());
	    }
	    /**
	     * Returns the range in the document that the digest of the base
	     * image encompasses.
	     *
	     * @return the base image's digest's range in the document, or null
	     *         if no digest has been specified
	     */
	    getImageDigestRange() {
	        let range = this.getImageRange();
	        if (range) {
	            let content = this.getRangeContent(range);
	            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
	            if (index !== -1) {
	                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
	            }
	        }
	        return null;
	    }
	    indexOf(documentOffset, content, searchString) {
	        let index = content.indexOf(searchString);
	        const variables = this.getVariables();
	        for (let i = 0; i < variables.length; i++) {
	            const position = documentOffset + index;
	            const variableRange = variables[i].getRange();
	            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
	                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
	                const substring = content.substring(offset);
	                const subIndex = substring.indexOf(searchString);
	                if (subIndex === -1) {
	                    return -1;
	                }
	                index = subIndex + offset;
	                i = -1;
	                continue;
	            }
	        }
	        return index;
	    }
	    lastIndexOf(documentOffset, content, searchString) {
	        let index = content.lastIndexOf(searchString);
	        const variables = this.getVariables();
	        for (let i = 0; i < variables.length; i++) {
	            const position = documentOffset + index;
	            const variableRange = variables[i].getRange();
	            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
	                index = content.substring(0, index).lastIndexOf(searchString);
	                if (index === -1) {
	                    return -1;
	                }
	                i = -1;
	                continue;
	            }
	        }
	        return index;
	    }
	    getRegistry() {
	        return this.getRangeContent(this.getRegistryRange());
	    }
	    getRegistryRange() {
	        const range = this.getImageRange();
	        if (range) {
	            const tagRange = this.getImageTagRange();
	            const digestRange = this.getImageDigestRange();
	            if (tagRange === null) {
	                if (digestRange !== null) {
	                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
	                }
	            }
	            else {
	                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
	            }
	            const content = this.getRangeContent(range);
	            const rangeStart = this.document.offsetAt(range.start);
	            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
	            if (startingSlashIndex === -1) {
	                return null;
	            }
	            const portIndex = this.indexOf(rangeStart, content, ':');
	            const dotIndex = this.indexOf(rangeStart, content, '.');
	            // hostname detected
	            if (portIndex !== -1 || dotIndex !== -1) {
	                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
	            }
	            const registry = content.substring(0, startingSlashIndex);
	            // localhost registry detected
	            if (registry === 'localhost') {
	                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
	            }
	        }
	        return null;
	    }
	    getBuildStage() {
	        let range = this.getBuildStageRange();
	        return range === null ? null : this.getRangeContent(range);
	    }
	    getBuildStageRange() {
	        let args = this.getArguments();
	        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
	            return args[2].getRange();
	        }
	        return null;
	    }
	    getPlatformFlag() {
	        let flags = super.getFlags();
	        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
	    }
	}
	from.From = From;
	return from;
}

var healthcheck = {};

var hasRequiredHealthcheck;

function requireHealthcheck () {
	if (hasRequiredHealthcheck) return healthcheck;
	hasRequiredHealthcheck = 1;
	Object.defineProperty(healthcheck, "__esModule", { value: true });
	healthcheck.Healthcheck = void 0;
	const modifiableInstruction_1 = requireModifiableInstruction();
	class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    stopSearchingForFlags(argument) {
	        argument = argument.toUpperCase();
	        return argument === "CMD" || argument === "NONE";
	    }
	    getSubcommand() {
	        let args = this.getArguments();
	        return args.length !== 0 ? args[0] : null;
	    }
	}
	healthcheck.Healthcheck = Healthcheck;
	return healthcheck;
}

var label = {};

var hasRequiredLabel;

function requireLabel () {
	if (hasRequiredLabel) return label;
	hasRequiredLabel = 1;
	Object.defineProperty(label, "__esModule", { value: true });
	label.Label = void 0;
	const propertyInstruction_1 = requirePropertyInstruction();
	const util_1 = requireUtil();
	class Label extends propertyInstruction_1.PropertyInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    getVariables() {
	        const variables = super.getVariables();
	        const properties = this.getProperties();
	        // iterate over all of this LABEL's properties
	        for (const property of properties) {
	            const value = property.getUnescapedValue();
	            // check if the value is contained in single quotes,
	            // single quotes would indicate a literal value
	            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
	                const range = property.getValueRange();
	                for (let i = 0; i < variables.length; i++) {
	                    // if a variable is in a single quote, remove it from the list
	                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
	                        variables.splice(i, 1);
	                        i--;
	                    }
	                }
	            }
	        }
	        return variables;
	    }
	    getProperties() {
	        return super.getProperties();
	    }
	}
	label.Label = Label;
	return label;
}

var onbuild = {};

var hasRequiredOnbuild;

function requireOnbuild () {
	if (hasRequiredOnbuild) return onbuild;
	hasRequiredOnbuild = 1;
	Object.defineProperty(onbuild, "__esModule", { value: true });
	onbuild.Onbuild = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const parser_1 = requireParser();
	const instruction_1 = requireInstruction();
	class Onbuild extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    getTrigger() {
	        let trigger = this.getTriggerWord();
	        return trigger === null ? null : trigger.toUpperCase();
	    }
	    getTriggerWord() {
	        return this.getRangeContent(this.getTriggerRange());
	    }
	    getTriggerRange() {
	        let args = this.getArguments();
	        return args.length > 0 ? args[0].getRange() : null;
	    }
	    getTriggerInstruction() {
	        let triggerRange = this.getTriggerRange();
	        if (triggerRange === null) {
	            return null;
	        }
	        let args = this.getArguments();
	        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
	    }
	}
	onbuild.Onbuild = Onbuild;
	return onbuild;
}

var run = {};

var hasRequiredRun;

function requireRun () {
	if (hasRequiredRun) return run;
	hasRequiredRun = 1;
	Object.defineProperty(run, "__esModule", { value: true });
	run.Run = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Run extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    stopSearchingForFlags(argument) {
	        return argument.indexOf("--") === -1;
	    }
	    /**
	     * Returns there here-documents that are defined in this RUN
	     * instruction.
	     *
	     * This API is experimental and subject to change.
	     */
	    getHeredocs() {
	        return super.getHeredocs();
	    }
	}
	run.Run = Run;
	return run;
}

var shell = {};

var hasRequiredShell;

function requireShell () {
	if (hasRequiredShell) return shell;
	hasRequiredShell = 1;
	Object.defineProperty(shell, "__esModule", { value: true });
	shell.Shell = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Shell extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	shell.Shell = Shell;
	return shell;
}

var stopsignal = {};

var hasRequiredStopsignal;

function requireStopsignal () {
	if (hasRequiredStopsignal) return stopsignal;
	hasRequiredStopsignal = 1;
	Object.defineProperty(stopsignal, "__esModule", { value: true });
	stopsignal.Stopsignal = void 0;
	const instruction_1 = requireInstruction();
	class Stopsignal extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	stopsignal.Stopsignal = Stopsignal;
	return stopsignal;
}

var workdir = {};

var hasRequiredWorkdir;

function requireWorkdir () {
	if (hasRequiredWorkdir) return workdir;
	hasRequiredWorkdir = 1;
	Object.defineProperty(workdir, "__esModule", { value: true });
	workdir.Workdir = void 0;
	const instruction_1 = requireInstruction();
	class Workdir extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    /**
	     * Returns the path that has been defined. Note that this path may
	     * be absolute or relative depending on what was written in the
	     * instruction.
	     *
	     * @return the working directory's path, or null if this
	     *         instruction has no arguments
	     */
	    getPath() {
	        return this.getArgumentsContent();
	    }
	    /**
	     * Returns the absolute path that this instruction resolves to. The
	     * function will inspect prior WORKDIR instructions in the current
	     * image or another build stage in the Dockerfile to try to
	     * determine this.
	     *
	     * @return the absolute path of the working directory, or null if
	     *         this instruction has no arguments, or undefined if it
	     *         cannot be determined because only relative paths could be
	     *         found
	     */
	    getAbsolutePath() {
	        const path = this.getPath();
	        if (path === null || path.startsWith("/")) {
	            return path;
	        }
	        const startLine = this.getRange().start.line;
	        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
	        for (let i = hierarchy.length - 1; i >= 0; i--) {
	            const workdirs = hierarchy[i].getWORKDIRs();
	            for (let j = workdirs.length - 1; j >= 0; j--) {
	                if (workdirs[j].getRange().start.line < startLine) {
	                    const parent = workdirs[j].getAbsolutePath();
	                    if (parent === undefined || parent === null) {
	                        return undefined;
	                    }
	                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
	                }
	            }
	        }
	        return undefined;
	    }
	}
	workdir.Workdir = Workdir;
	return workdir;
}

var user = {};

var hasRequiredUser;

function requireUser () {
	if (hasRequiredUser) return user;
	hasRequiredUser = 1;
	Object.defineProperty(user, "__esModule", { value: true });
	user.User = void 0;
	const instruction_1 = requireInstruction();
	class User extends instruction_1.Instruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	user.User = User;
	return user;
}

var volume = {};

var hasRequiredVolume;

function requireVolume () {
	if (hasRequiredVolume) return volume;
	hasRequiredVolume = 1;
	Object.defineProperty(volume, "__esModule", { value: true });
	volume.Volume = void 0;
	const jsonInstruction_1 = requireJsonInstruction();
	class Volume extends jsonInstruction_1.JSONInstruction {
	    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
	        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
	    }
	}
	volume.Volume = Volume;
	return volume;
}

var dockerfile = {};

var imageTemplate = {};

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

var hasRequiredImageTemplate;

function requireImageTemplate () {
	if (hasRequiredImageTemplate) return imageTemplate;
	hasRequiredImageTemplate = 1;
	Object.defineProperty(imageTemplate, "__esModule", { value: true });
	imageTemplate.ImageTemplate = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const arg_1 = requireArg();
	const cmd_1 = requireCmd();
	const copy_1 = requireCopy();
	const env_1 = requireEnv();
	const entrypoint_1 = requireEntrypoint();
	const from_1 = requireFrom();
	const healthcheck_1 = requireHealthcheck();
	const onbuild_1 = requireOnbuild();
	const util_1 = requireUtil();
	const workdir_1 = requireWorkdir();
	class ImageTemplate {
	    constructor() {
	        this.comments = [];
	        this.instructions = [];
	    }
	    addComment(comment) {
	        this.comments.push(comment);
	    }
	    getComments() {
	        return this.comments;
	    }
	    addInstruction(instruction) {
	        this.instructions.push(instruction);
	    }
	    getInstructions() {
	        return this.instructions;
	    }
	    getInstructionAt(line) {
	        for (let instruction of this.instructions) {
	            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
	                return instruction;
	            }
	        }
	        return null;
	    }
	    /**
	     * Gets all the ARG instructions that are defined in this image.
	     */
	    getARGs() {
	        let args = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof arg_1.Arg) {
	                args.push(instruction);
	            }
	        }
	        return args;
	    }
	    /**
	     * Gets all the CMD instructions that are defined in this image.
	     */
	    getCMDs() {
	        let cmds = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof cmd_1.Cmd) {
	                cmds.push(instruction);
	            }
	        }
	        return cmds;
	    }
	    /**
	     * Gets all the COPY instructions that are defined in this image.
	     */
	    getCOPYs() {
	        let copies = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof copy_1.Copy) {
	                copies.push(instruction);
	            }
	        }
	        return copies;
	    }
	    /**
	     * Gets all the ENTRYPOINT instructions that are defined in this image.
	     */
	    getENTRYPOINTs() {
	        let froms = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof entrypoint_1.Entrypoint) {
	                froms.push(instruction);
	            }
	        }
	        return froms;
	    }
	    /**
	     * Gets all the ENV instructions that are defined in this image.
	     */
	    getENVs() {
	        let args = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof env_1.Env) {
	                args.push(instruction);
	            }
	        }
	        return args;
	    }
	    getFROM() {
	        for (const instruction of this.instructions) {
	            if (instruction instanceof from_1.From) {
	                return instruction;
	            }
	        }
	        return null;
	    }
	    /**
	     * Gets all the FROM instructions that are defined in this image.
	     */
	    getFROMs() {
	        let froms = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof from_1.From) {
	                froms.push(instruction);
	            }
	        }
	        return froms;
	    }
	    /**
	     * Gets all the HEALTHCHECK instructions that are defined in this image.
	     */
	    getHEALTHCHECKs() {
	        let froms = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof healthcheck_1.Healthcheck) {
	                froms.push(instruction);
	            }
	        }
	        return froms;
	    }
	    getWORKDIRs() {
	        const workdirs = [];
	        for (const instruction of this.instructions) {
	            if (instruction instanceof workdir_1.Workdir) {
	                workdirs.push(instruction);
	            }
	        }
	        return workdirs;
	    }
	    getOnbuildTriggers() {
	        let triggers = [];
	        for (let instruction of this.instructions) {
	            if (instruction instanceof onbuild_1.Onbuild) {
	                let trigger = instruction.getTriggerInstruction();
	                if (trigger) {
	                    triggers.push(trigger);
	                }
	            }
	        }
	        return triggers;
	    }
	    getAvailableVariables(currentLine) {
	        const variables = [];
	        for (const arg of this.getARGs()) {
	            if (arg.isBefore(currentLine)) {
	                const property = arg.getProperty();
	                if (property) {
	                    const variable = property.getName();
	                    if (variables.indexOf(variable) === -1) {
	                        variables.push(variable);
	                    }
	                }
	            }
	        }
	        for (const env of this.getENVs()) {
	            if (env.isBefore(currentLine)) {
	                for (const property of env.getProperties()) {
	                    const variable = property.getName();
	                    if (variables.indexOf(variable) === -1) {
	                        variables.push(variable);
	                    }
	                }
	            }
	        }
	        return variables;
	    }
	    /**
	     * Resolves a variable with the given name at the specified line
	     * to its value. If null is returned, then the variable has been
	     * defined but no value was given. If undefined is returned, then
	     * a variable with the given name has not been defined yet as of
	     * the given line.
	     *
	     * @param variable the name of the variable to resolve
	     * @param line the line number that the variable is on, zero-based
	     * @return the value of the variable as defined by an ARG or ENV
	     *         instruction, or null if no value has been specified, or
	     *         undefined if a variable with the given name has not
	     *         been defined
	     */
	    resolveVariable(variable, line) {
	        let envs = this.getENVs();
	        for (let i = envs.length - 1; i >= 0; i--) {
	            if (envs[i].isBefore(line)) {
	                for (let property of envs[i].getProperties()) {
	                    if (property.getName() === variable) {
	                        return property.getValue();
	                    }
	                }
	            }
	        }
	        let args = this.getARGs();
	        for (let i = args.length - 1; i >= 0; i--) {
	            if (args[i].isBefore(line)) {
	                let property = args[i].getProperty();
	                if (property && property.getName() === variable) {
	                    return property.getValue();
	                }
	            }
	        }
	        return undefined;
	    }
	    getRange() {
	        const instructions = this.getInstructions();
	        if (instructions.length === 0) {
	            // all templates should have instructions, this only happens for
	            // the initial set of instruction
	            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
	        }
	        const instructionStart = instructions[0].getRange().start;
	        const instructionEnd = instructions[instructions.length - 1].getRange().end;
	        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
	    }
	    contains(position) {
	        const range = this.getRange();
	        if (range === null) {
	            return false;
	        }
	        return util_1.Util.isInsideRange(position, range);
	    }
	}
	imageTemplate.ImageTemplate = ImageTemplate;
	return imageTemplate;
}

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

var hasRequiredDockerfile;

function requireDockerfile () {
	if (hasRequiredDockerfile) return dockerfile;
	hasRequiredDockerfile = 1;
	Object.defineProperty(dockerfile, "__esModule", { value: true });
	dockerfile.Dockerfile = void 0;
	const vscode_languageserver_types_1 = require$$1;
	const ast = requireMain();
	const imageTemplate_1 = requireImageTemplate();
	const from_1 = requireFrom();
	const util_1 = requireUtil();
	const main_1 = requireMain();
	class Dockerfile extends imageTemplate_1.ImageTemplate {
	    constructor(document) {
	        super();
	        this.initialInstructions = new imageTemplate_1.ImageTemplate();
	        this.buildStages = [];
	        this.directives = [];
	        /**
	         * Whether a FROM instruction has been added to this Dockerfile or not.
	         */
	        this.foundFrom = false;
	        this.document = document;
	    }
	    getEscapeCharacter() {
	        for (const directive of this.directives) {
	            if (directive.getDirective() === ast.Directive.escape) {
	                const value = directive.getValue();
	                if (value === '\\' || value === '`') {
	                    return value;
	                }
	            }
	        }
	        return '\\';
	    }
	    getInitialARGs() {
	        return this.initialInstructions.getARGs();
	    }
	    getContainingImage(position) {
	        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
	        if (!util_1.Util.isInsideRange(position, range)) {
	            // not inside the document, invalid position
	            return null;
	        }
	        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
	            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
	                return this.initialInstructions;
	            }
	        }
	        for (const buildStage of this.buildStages) {
	            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
	                return buildStage;
	            }
	        }
	        return this;
	    }
	    addInstruction(instruction) {
	        if (instruction.getKeyword() === main_1.Keyword.FROM) {
	            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
	            this.buildStages.push(this.currentBuildStage);
	            this.foundFrom = true;
	        }
	        else if (!this.foundFrom) {
	            this.initialInstructions.addInstruction(instruction);
	        }
	        if (this.foundFrom) {
	            this.currentBuildStage.addInstruction(instruction);
	        }
	        super.addInstruction(instruction);
	    }
	    setDirectives(directives) {
	        this.directives = directives;
	    }
	    getDirective() {
	        return this.directives.length === 0 ? null : this.directives[0];
	    }
	    getDirectives() {
	        return this.directives;
	    }
	    resolveVariable(variable, line) {
	        for (let from of this.getFROMs()) {
	            let range = from.getRange();
	            if (range.start.line <= line && line <= range.end.line) {
	                // resolve the FROM variable against the initial ARGs
	                let initialARGs = new imageTemplate_1.ImageTemplate();
	                for (let instruction of this.initialInstructions.getARGs()) {
	                    initialARGs.addInstruction(instruction);
	                }
	                return initialARGs.resolveVariable(variable, line);
	            }
	        }
	        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
	        if (image === null) {
	            return undefined;
	        }
	        let resolvedVariable = image.resolveVariable(variable, line);
	        if (resolvedVariable === null) {
	            // refers to an uninitialized ARG variable,
	            // try resolving it against the initial ARGs then
	            let initialARGs = new imageTemplate_1.ImageTemplate();
	            for (let instruction of this.initialInstructions.getARGs()) {
	                initialARGs.addInstruction(instruction);
	            }
	            return initialARGs.resolveVariable(variable, line);
	        }
	        return resolvedVariable;
	    }
	    getAvailableVariables(currentLine) {
	        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
	            let variables = [];
	            for (let arg of this.getInitialARGs()) {
	                let property = arg.getProperty();
	                if (property) {
	                    variables.push(property.getName());
	                }
	            }
	            return variables;
	        }
	        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
	        return image ? image.getAvailableVariables(currentLine) : [];
	    }
	    getParentStage(image) {
	        const templateFrom = image.getFROM();
	        const imageName = templateFrom === null ? null : templateFrom.getImageName();
	        if (imageName === null) {
	            return null;
	        }
	        for (const from of this.getFROMs()) {
	            if (from.getBuildStage() === imageName) {
	                const range = from.getRange();
	                // on the same line then it's an image that shares the name as the build stage
	                if (range.start.line === templateFrom.getRange().start.line) {
	                    return null;
	                }
	                return this.getContainingImage(range.start);
	            }
	        }
	        return null;
	    }
	    getStageHierarchy(line) {
	        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
	        if (image === null) {
	            return [];
	        }
	        const stages = [image];
	        let stage = this.getParentStage(image);
	        while (stage !== null) {
	            stages.splice(0, 0, stage);
	            stage = this.getParentStage(stage);
	        }
	        return stages;
	    }
	    getAvailableWorkingDirectories(line) {
	        const availableDirectories = new Set();
	        for (const image of this.getStageHierarchy(line)) {
	            for (const workdir of image.getWORKDIRs()) {
	                if (workdir.getRange().end.line < line) {
	                    let directory = workdir.getAbsolutePath();
	                    if (directory !== undefined && directory !== null) {
	                        if (!directory.endsWith("/")) {
	                            directory += "/";
	                        }
	                        availableDirectories.add(directory);
	                    }
	                }
	            }
	        }
	        return Array.from(availableDirectories);
	    }
	    /**
	     * Internally reorganize the comments in the Dockerfile and allocate
	     * them to the relevant build stages that they belong to.
	     */
	    organizeComments() {
	        const comments = this.getComments();
	        for (let i = 0; i < comments.length; i++) {
	            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
	                this.initialInstructions.addComment(comments[i]);
	            }
	            else {
	                for (const buildStage of this.buildStages) {
	                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
	                        buildStage.addComment(comments[i]);
	                    }
	                }
	            }
	        }
	    }
	    getRange() {
	        const comments = this.getComments();
	        const instructions = this.getInstructions();
	        let range = null;
	        if (comments.length === 0) {
	            if (instructions.length > 0) {
	                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
	            }
	        }
	        else if (instructions.length === 0) {
	            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
	        }
	        else {
	            const commentStart = comments[0].getRange().start;
	            const commentEnd = comments[comments.length - 1].getRange().end;
	            const instructionStart = instructions[0].getRange().start;
	            const instructionEnd = instructions[instructions.length - 1].getRange().end;
	            if (commentStart.line < instructionStart.line) {
	                if (commentEnd.line < instructionEnd.line) {
	                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
	                }
	                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
	            }
	            else if (commentEnd.line < instructionEnd.line) {
	                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
	            }
	            else {
	                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
	            }
	        }
	        if (range === null) {
	            if (this.directives.length === 0) {
	                return null;
	            }
	            return this.directives[0].getRange();
	        }
	        else if (this.directives.length === 0) {
	            return range;
	        }
	        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
	    }
	}
	dockerfile.Dockerfile = Dockerfile;
	return dockerfile;
}

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;
	Object.defineProperty(parser, "__esModule", { value: true });
	parser.Parser = void 0;
	const vscode_languageserver_textdocument_1 = require$$0;
	const vscode_languageserver_types_1 = require$$1;
	const comment_1 = requireComment();
	const parserDirective_1 = requireParserDirective();
	const instruction_1 = requireInstruction();
	const add_1 = requireAdd();
	const arg_1 = requireArg();
	const cmd_1 = requireCmd();
	const copy_1 = requireCopy();
	const env_1 = requireEnv();
	const entrypoint_1 = requireEntrypoint();
	const from_1 = requireFrom();
	const healthcheck_1 = requireHealthcheck();
	const label_1 = requireLabel();
	const onbuild_1 = requireOnbuild();
	const run_1 = requireRun();
	const shell_1 = requireShell();
	const stopsignal_1 = requireStopsignal();
	const workdir_1 = requireWorkdir();
	const user_1 = requireUser();
	const volume_1 = requireVolume();
	const dockerfile_1 = requireDockerfile();
	const util_1 = requireUtil();
	const main_1 = requireMain();
	class Parser {
	    constructor() {
	        this.escapeChar = null;
	    }
	    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
	        switch (instruction.toUpperCase()) {
	            case "ADD":
	                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "ARG":
	                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "CMD":
	                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "COPY":
	                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "ENTRYPOINT":
	                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "ENV":
	                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "FROM":
	                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "HEALTHCHECK":
	                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "LABEL":
	                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "ONBUILD":
	                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "RUN":
	                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "SHELL":
	                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "STOPSIGNAL":
	                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "WORKDIR":
	                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "USER":
	                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	            case "VOLUME":
	                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	        }
	        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
	    }
	    getParserDirectives(document, buffer) {
	        // reset the escape directive in between runs
	        const directives = [];
	        this.escapeChar = '';
	        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
	        directiveCheck: for (let i = offset; i < buffer.length; i++) {
	            switch (buffer.charAt(i)) {
	                case ' ':
	                case '\t':
	                    break;
	                case '\r':
	                case '\n':
	                    // blank lines stop the parsing of directives immediately
	                    break directiveCheck;
	                case '#':
	                    let directiveStart = -1;
	                    let directiveEnd = -1;
	                    for (let j = i + 1; j < buffer.length; j++) {
	                        let char = buffer.charAt(j);
	                        switch (char) {
	                            case ' ':
	                            case '\t':
	                                if (directiveStart !== -1 && directiveEnd === -1) {
	                                    directiveEnd = j;
	                                }
	                                break;
	                            case '\r':
	                            case '\n':
	                                break directiveCheck;
	                            case '=':
	                                let valueStart = -1;
	                                let valueEnd = -1;
	                                if (directiveEnd === -1) {
	                                    directiveEnd = j;
	                                }
	                                // assume the line ends with the file
	                                let lineEnd = buffer.length;
	                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
	                                    char = buffer.charAt(k);
	                                    switch (char) {
	                                        case '\r':
	                                        case '\n':
	                                            if (valueStart !== -1 && valueEnd === -1) {
	                                                valueEnd = k;
	                                            }
	                                            // line break found, reset
	                                            lineEnd = k;
	                                            break directiveValue;
	                                        case '\t':
	                                        case ' ':
	                                            if (valueStart !== -1 && valueEnd === -1) {
	                                                valueEnd = k;
	                                            }
	                                            continue;
	                                        default:
	                                            if (valueStart === -1) {
	                                                valueStart = k;
	                                            }
	                                            break;
	                                    }
	                                }
	                                if (directiveStart === -1) {
	                                    // no directive, it's a regular comment
	                                    break directiveCheck;
	                                }
	                                if (valueStart === -1) {
	                                    // no non-whitespace characters found, highlight all the characters then
	                                    valueStart = j + 1;
	                                    valueEnd = lineEnd;
	                                }
	                                else if (valueEnd === -1) {
	                                    // reached EOF
	                                    valueEnd = buffer.length;
	                                }
	                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
	                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
	                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
	                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
	                                directiveStart = -1;
	                                if (buffer.charAt(valueEnd) === '\r') {
	                                    // skip over the \r
	                                    i = valueEnd + 1;
	                                }
	                                else {
	                                    i = valueEnd;
	                                }
	                                continue directiveCheck;
	                            default:
	                                if (directiveStart === -1) {
	                                    directiveStart = j;
	                                }
	                                break;
	                        }
	                    }
	                    break;
	                default:
	                    break directiveCheck;
	            }
	        }
	        return directives;
	    }
	    parse(buffer) {
	        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
	        this.buffer = buffer;
	        let dockerfile = new dockerfile_1.Dockerfile(this.document);
	        let directives = this.getParserDirectives(this.document, this.buffer);
	        let offset = 0;
	        this.escapeChar = '\\';
	        if (directives.length > 0) {
	            dockerfile.setDirectives(directives);
	            this.escapeChar = dockerfile.getEscapeCharacter();
	            // start parsing after the directives
	            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
	        }
	        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
	            offset = 1;
	        }
	        for (let i = offset; i < this.buffer.length; i++) {
	            const char = this.buffer.charAt(i);
	            switch (char) {
	                case ' ':
	                case '\t':
	                case '\r':
	                case '\n':
	                    break;
	                case '#':
	                    i = this.processComment(dockerfile, i);
	                    break;
	                default:
	                    i = this.processInstruction(dockerfile, char, i);
	                    break;
	            }
	        }
	        dockerfile.organizeComments();
	        return dockerfile;
	    }
	    processInstruction(dockerfile, char, start) {
	        let instruction = char;
	        let instructionEnd = -1;
	        let escapedInstruction = false;
	        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
	            char = this.buffer.charAt(i);
	            switch (char) {
	                case this.escapeChar:
	                    escapedInstruction = true;
	                    char = this.buffer.charAt(i + 1);
	                    if (char === '\r' || char === '\n') {
	                        if (instructionEnd === -1) {
	                            instructionEnd = i;
	                        }
	                        i++;
	                    }
	                    else if (char === ' ' || char === '\t') {
	                        for (let j = i + 2; j < this.buffer.length; j++) {
	                            switch (this.buffer.charAt(j)) {
	                                case ' ':
	                                case '\t':
	                                    break;
	                                case '\r':
	                                case '\n':
	                                    i = j;
	                                    continue instructionCheck;
	                                default:
	                                    // found an argument, mark end of instruction
	                                    instructionEnd = i + 1;
	                                    instruction = instruction + this.escapeChar;
	                                    i = j - 2;
	                                    continue instructionCheck;
	                            }
	                        }
	                        // reached EOF
	                        instructionEnd = i + 1;
	                        instruction = instruction + this.escapeChar;
	                        break instructionCheck;
	                    }
	                    else {
	                        instructionEnd = i + 1;
	                        instruction = instruction + this.escapeChar;
	                        // reset and consider it as one contiguous word
	                        escapedInstruction = false;
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                    if (escapedInstruction) {
	                        // on an escaped newline, need to search for non-whitespace
	                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
	                            switch (this.buffer.charAt(j)) {
	                                case ' ':
	                                case '\t':
	                                    break;
	                                case '\r':
	                                case '\n':
	                                    i = j;
	                                    continue instructionCheck;
	                                default:
	                                    break escapeCheck;
	                            }
	                        }
	                        escapedInstruction = false;
	                    }
	                    if (instructionEnd === -1) {
	                        instructionEnd = i;
	                    }
	                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
	                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
	                    return i;
	                case '\r':
	                case '\n':
	                    if (escapedInstruction) {
	                        continue;
	                    }
	                    if (instructionEnd === -1) {
	                        instructionEnd = i;
	                    }
	                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
	                    return i;
	                case '#':
	                    if (escapedInstruction) {
	                        continue;
	                    }
	                default:
	                    instructionEnd = i + 1;
	                    instruction = instruction + char;
	                    escapedInstruction = false;
	                    break;
	            }
	        }
	        // reached EOF
	        if (instructionEnd === -1) {
	            instructionEnd = this.buffer.length;
	        }
	        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
	        return this.buffer.length;
	    }
	    processHeredocs(instruction, offset) {
	        let keyword = instruction.getKeyword();
	        if (keyword === main_1.Keyword.ONBUILD) {
	            instruction = instruction.getTriggerInstruction();
	            if (instruction === null) {
	                return offset;
	            }
	            keyword = instruction.getKeyword();
	        }
	        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
	            return offset;
	        }
	        const heredocs = [];
	        let tabbed = false;
	        for (const arg of instruction.getArguments()) {
	            const value = arg.getValue();
	            if (value.startsWith("<<") && value.length > 2) {
	                if (value.startsWith("<<-")) {
	                    tabbed = true;
	                }
	                const name = util_1.Util.parseHeredocName(value);
	                if (name !== null) {
	                    heredocs.push(name);
	                }
	            }
	        }
	        if (heredocs.length > 0) {
	            for (const heredoc of heredocs) {
	                offset = this.parseHeredoc(heredoc, offset, tabbed);
	            }
	        }
	        return offset;
	    }
	    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
	        let escaped = false;
	        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
	            switch (this.buffer.charAt(i)) {
	                case '\r':
	                case '\n':
	                    if (escaped) {
	                        continue;
	                    }
	                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
	                case this.escapeChar:
	                    const next = this.buffer.charAt(i + 1);
	                    if (next === '\n' || next === '\r') {
	                        escaped = true;
	                        i++;
	                    }
	                    else if (next === ' ' || next === '\t') {
	                        for (let j = i + 2; j < this.buffer.length; j++) {
	                            switch (this.buffer.charAt(j)) {
	                                case ' ':
	                                case '\t':
	                                    break;
	                                case '\r':
	                                case '\n':
	                                    escaped = true;
	                                default:
	                                    i = j;
	                                    continue argumentsCheck;
	                            }
	                        }
	                        // reached EOF
	                        return this.buffer.length;
	                    }
	                    continue;
	                case '#':
	                    if (escaped) {
	                        i = this.processComment(dockerfile, i);
	                        continue argumentsCheck;
	                    }
	                    break;
	                case ' ':
	                case '\t':
	                    break;
	                default:
	                    if (escaped) {
	                        escaped = false;
	                    }
	                    break;
	            }
	        }
	        return this.buffer.length;
	    }
	    processComment(dockerfile, start) {
	        let end = this.buffer.length;
	        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
	            switch (this.buffer.charAt(i)) {
	                case '\r':
	                case '\n':
	                    end = i;
	                    break commentLoop;
	            }
	        }
	        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
	        dockerfile.addComment(new comment_1.Comment(this.document, range));
	        return end;
	    }
	    parseHeredoc(heredocName, offset, tabbed) {
	        let startWord = -1;
	        let lineStart = true;
	        for (let i = offset; i < this.buffer.length; i++) {
	            switch (this.buffer.charAt(i)) {
	                case ' ':
	                    lineStart = false;
	                    break;
	                case '\t':
	                    if (!tabbed) {
	                        lineStart = false;
	                    }
	                    break;
	                case '\r':
	                case '\n':
	                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
	                        return i;
	                    }
	                    startWord = -1;
	                    lineStart = true;
	                    break;
	                default:
	                    if (lineStart) {
	                        startWord = i;
	                        lineStart = false;
	                    }
	                    break;
	            }
	        }
	        return this.buffer.length;
	    }
	    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
	        const startPosition = this.document.positionAt(start);
	        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
	        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
	        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
	    }
	}
	parser.Parser = Parser;
	return parser;
}

var hasRequiredMain;

function requireMain () {
	if (hasRequiredMain) return main$2;
	hasRequiredMain = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
		var argument_1 = requireArgument();
		Object.defineProperty(exports, "Argument", { enumerable: true, get: function () { return argument_1.Argument; } });
		var jsonArgument_1 = requireJsonArgument();
		Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } });
		const comment_1 = requireComment();
		Object.defineProperty(exports, "Comment", { enumerable: true, get: function () { return comment_1.Comment; } });
		const parser_1 = requireParser();
		var flag_1 = requireFlag();
		Object.defineProperty(exports, "Flag", { enumerable: true, get: function () { return flag_1.Flag; } });
		const instruction_1 = requireInstruction();
		Object.defineProperty(exports, "Instruction", { enumerable: true, get: function () { return instruction_1.Instruction; } });
		var line_1 = requireLine();
		Object.defineProperty(exports, "Line", { enumerable: true, get: function () { return line_1.Line; } });
		const parserDirective_1 = requireParserDirective();
		Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function () { return parserDirective_1.ParserDirective; } });
		var property_1 = requireProperty();
		Object.defineProperty(exports, "Property", { enumerable: true, get: function () { return property_1.Property; } });
		var variable_1 = requireVariable();
		Object.defineProperty(exports, "Variable", { enumerable: true, get: function () { return variable_1.Variable; } });
		var add_1 = requireAdd();
		Object.defineProperty(exports, "Add", { enumerable: true, get: function () { return add_1.Add; } });
		const arg_1 = requireArg();
		Object.defineProperty(exports, "Arg", { enumerable: true, get: function () { return arg_1.Arg; } });
		const cmd_1 = requireCmd();
		Object.defineProperty(exports, "Cmd", { enumerable: true, get: function () { return cmd_1.Cmd; } });
		const copy_1 = requireCopy();
		Object.defineProperty(exports, "Copy", { enumerable: true, get: function () { return copy_1.Copy; } });
		const entrypoint_1 = requireEntrypoint();
		Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function () { return entrypoint_1.Entrypoint; } });
		const env_1 = requireEnv();
		Object.defineProperty(exports, "Env", { enumerable: true, get: function () { return env_1.Env; } });
		const from_1 = requireFrom();
		Object.defineProperty(exports, "From", { enumerable: true, get: function () { return from_1.From; } });
		const healthcheck_1 = requireHealthcheck();
		Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function () { return healthcheck_1.Healthcheck; } });
		var heredoc_1 = requireHeredoc();
		Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function () { return heredoc_1.Heredoc; } });
		var jsonInstruction_1 = requireJsonInstruction();
		Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } });
		var label_1 = requireLabel();
		Object.defineProperty(exports, "Label", { enumerable: true, get: function () { return label_1.Label; } });
		var modifiableInstruction_1 = requireModifiableInstruction();
		Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } });
		var onbuild_1 = requireOnbuild();
		Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function () { return onbuild_1.Onbuild; } });
		var propertyInstruction_1 = requirePropertyInstruction();
		Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } });
		var run_1 = requireRun();
		Object.defineProperty(exports, "Run", { enumerable: true, get: function () { return run_1.Run; } });
		var shell_1 = requireShell();
		Object.defineProperty(exports, "Shell", { enumerable: true, get: function () { return shell_1.Shell; } });
		var stopsignal_1 = requireStopsignal();
		Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function () { return stopsignal_1.Stopsignal; } });
		var user_1 = requireUser();
		Object.defineProperty(exports, "User", { enumerable: true, get: function () { return user_1.User; } });
		var volume_1 = requireVolume();
		Object.defineProperty(exports, "Volume", { enumerable: true, get: function () { return volume_1.Volume; } });
		const workdir_1 = requireWorkdir();
		Object.defineProperty(exports, "Workdir", { enumerable: true, get: function () { return workdir_1.Workdir; } });
		var Keyword;
		(function (Keyword) {
		    Keyword["ADD"] = "ADD";
		    Keyword["ARG"] = "ARG";
		    Keyword["CMD"] = "CMD";
		    Keyword["COPY"] = "COPY";
		    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
		    Keyword["ENV"] = "ENV";
		    Keyword["EXPOSE"] = "EXPOSE";
		    Keyword["FROM"] = "FROM";
		    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
		    Keyword["LABEL"] = "LABEL";
		    Keyword["MAINTAINER"] = "MAINTAINER";
		    Keyword["ONBUILD"] = "ONBUILD";
		    Keyword["RUN"] = "RUN";
		    Keyword["SHELL"] = "SHELL";
		    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
		    Keyword["USER"] = "USER";
		    Keyword["VOLUME"] = "VOLUME";
		    Keyword["WORKDIR"] = "WORKDIR";
		})(Keyword || (exports.Keyword = Keyword = {}));
		var Directive;
		(function (Directive) {
		    Directive["escape"] = "escape";
		    Directive["syntax"] = "syntax";
		})(Directive || (exports.Directive = Directive = {}));
		exports.DefaultVariables = [
		    "ALL_PROXY", "all_proxy",
		    "FTP_PROXY", "ftp_proxy",
		    "HTTP_PROXY", "http_proxy",
		    "HTTPS_PROXY", "https_proxy",
		    "NO_PROXY", "no_proxy"
		];
		var DockerfileParser;
		(function (DockerfileParser) {
		    function parse(content) {
		        let parser = new parser_1.Parser();
		        return parser.parse(content);
		    }
		    DockerfileParser.parse = parse;
		})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {})); 
	} (main$2));
	return main$2;
}

var mainExports = requireMain();

var argumentExports = requireArgument();

var instructionExports = requireInstruction();

var parserExports = requireParser();

// dockerfile-ast recomputes an instruction's argument list on every call, and its parser asks for it several
// times per instruction while building the tree (JSON-form detection, flags, ranges, heredoc detection). Over
// 10,000 Dockerfiles that is most of the run time. This module
// - replaces `Instruction.getRawArguments` with an equivalent that runs in one pass over slices and caches its
//   result per instruction (the tree is never modified after parsing),
// - lets the parser skip heredoc detection for instructions that hold no `<<`,
// - builds plain instructions instead of the keyword subclasses, whose constructors parse arguments we never use.
// __tests__/ast-speedup.test.ts checks on every corpus file that the splitter's output is the library's to the
// letter, and that keywords, ranges and text of every instruction are unchanged.
const SPACE$1 = 32;
const TAB$1 = 9;
const CR$1 = 13;
const LF$1 = 10;
const HASH$1 = 35;
const DOLLAR = 36;
function isWhitespace(c) {
    return c === SPACE$1 || c === TAB$1 || c === CR$1 || c === LF$1;
}
/** The library's argument splitter, transcribed to work on char codes and slices. */
function computeRawArguments(instruction) {
    const document = instruction.document;
    const escape = instruction.escapeChar.charCodeAt(0);
    const range = instruction.getInstructionRange();
    const instructionStart = document.offsetAt(range.start);
    const extra = document.offsetAt(range.end) - instructionStart;
    const fullArgs = instruction.getTextContent().substring(extra);
    const offset = instructionStart + extra;
    const args = [];
    const push = (value, from, to) => {
        args.push(new argumentExports.Argument(value, {
            start: document.positionAt(offset + from),
            end: document.positionAt(offset + to),
        }));
    };
    let start = false;
    let comment = false;
    let found = -1;
    let escapedWhitespaceDetected = false;
    let escaping = false;
    let escapeMarker = -1;
    let escapedArg = '';
    // plain characters appended one by one in the original are collected as one pending slice [runStart, runEnd)
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
        if (runStart !== -1) {
            escapedArg += fullArgs.slice(runStart, runEnd);
            runStart = -1;
        }
    };
    const length = fullArgs.length;
    for (let i = 0; i < length; i++) {
        const char = fullArgs.charCodeAt(i);
        if (isWhitespace(char)) {
            if (escaping) {
                escapedWhitespaceDetected = true;
                if (char === CR$1 || char === LF$1) {
                    escapedWhitespaceDetected = false;
                    if (comment) {
                        comment = false;
                        start = true;
                    }
                }
                continue;
            }
            else if (found !== -1) {
                flush();
                push(escapedArg, found, escapeMarker === -1 ? i : escapeMarker);
                escapeMarker = -1;
                escapedArg = '';
                found = -1;
            }
        }
        else if (char === escape) {
            const next = i + 1 < length ? fullArgs.charCodeAt(i + 1) : -1;
            if (next === SPACE$1 || next === TAB$1) {
                whitespaceCheck: for (let j = i + 2; j < length; j++) {
                    switch (fullArgs.charCodeAt(j)) {
                        case SPACE$1:
                        case TAB$1:
                            continue;
                        case CR$1:
                        case LF$1:
                            // a CR is taken to be the first half of CRLF, as the library does
                            if (fullArgs.charCodeAt(j) === CR$1)
                                j++;
                            comment = false;
                            escaping = true;
                            start = true;
                            if (found !== -1) {
                                escapeMarker = i;
                            }
                            i = j;
                            break whitespaceCheck;
                        default:
                            escapeMarker = i;
                            if (found === -1) {
                                i = j - 1;
                            }
                            break whitespaceCheck;
                    }
                }
            }
            else if (next === CR$1) {
                comment = false;
                escaping = true;
                start = true;
                if (found !== -1 && escapeMarker === -1) {
                    escapeMarker = i;
                }
                i += 2;
            }
            else if (next === LF$1) {
                comment = false;
                escaping = true;
                start = true;
                if (found !== -1 && escapeMarker === -1) {
                    escapeMarker = i;
                }
                i++;
            }
            else {
                flush();
                if (escapedWhitespaceDetected && escapeMarker !== -1) {
                    push(escapedArg, found, escapeMarker);
                    escapedArg = '';
                    found = -1;
                }
                escapeMarker = -1;
                escapedWhitespaceDetected = false;
                escaping = false;
                if (next === DOLLAR) {
                    escapedArg += fullArgs[i] + '$';
                }
                else if (next === -1) {
                    break;
                }
                else {
                    escapedArg += fullArgs[i + 1];
                }
                if (found === -1) {
                    found = i;
                }
                i++;
            }
        }
        else if (!comment) {
            if (start && char === HASH$1) {
                comment = true;
            }
            else {
                if (escapedWhitespaceDetected && escapeMarker !== -1) {
                    flush();
                    push(escapedArg, found, escapeMarker);
                    escapedArg = '';
                    found = -1;
                }
                escapedWhitespaceDetected = false;
                escaping = false;
                escapeMarker = -1;
                if (runStart !== -1 && runEnd !== i) {
                    flush();
                }
                if (runStart === -1) {
                    runStart = i;
                }
                runEnd = i + 1;
                if (found === -1) {
                    found = i;
                }
            }
            start = false;
        }
    }
    if (found !== -1) {
        flush();
        push(escapedArg, found, escapeMarker === -1 ? length : escapeMarker);
    }
    return args;
}
const instructionPrototype = instructionExports.Instruction.prototype;
const parserStatics = parserExports.Parser;
const originalCreateInstruction = parserStatics.createInstruction;
instructionPrototype.getRawArguments;
const originalProcessHeredocs = parserExports.Parser.prototype.processHeredocs;
let installed = false;
/** Install the faster, cached argument splitter. Idempotent. */
function installAstSpeedup() {
    if (installed)
        return;
    installed = true;
    instructionPrototype.getRawArguments = function () {
        const self = this;
        let cached = self.cachedRawArguments;
        if (cached === undefined) {
            cached = computeRawArguments(self);
            self.cachedRawArguments = cached;
        }
        // callers shift and assign into the returned array, so each gets its own copy
        return cached.slice();
    };
    parserExports.Parser.prototype.processHeredocs = function (instruction, offset) {
        // a heredoc needs `<<` in the instruction's text; without it the library's scan finds nothing
        if (!instruction.getTextContent().includes('<<'))
            return offset;
        return originalProcessHeredocs.call(this, instruction, offset);
    };
    // Instruction subclasses work out their arguments, flags and JSON form as they are built; the extractor reads
    // those itself from the text, so every instruction is built as a plain Instruction (keyword, ranges, text).
    // ONBUILD stays itself: heredoc detection asks it for its trigger instruction.
    parserStatics.createInstruction = function (document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        if (instruction.length === 7 && instruction.toUpperCase() === 'ONBUILD') {
            return originalCreateInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange);
        }
        const Plain = instructionExports.Instruction;
        return new Plain(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    };
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
function isBlank(c) {
    return c === ' ' || c === '\t';
}
/**
 * Where the line [start, end) ends in a continuation, the offset of its escape character; otherwise -1. A line is
 * continued when it ends (blanks aside) in an odd number of escape characters: `\\` at the end is an escaped
 * escape character, not a continuation, as the builder reads it.
 */
function continuationAt(text, start, end, escape) {
    let k = end;
    while (k > start && (isBlank(text[k - 1]) || text[k - 1] === '\r'))
        k--;
    let run = 0;
    while (k - run > start && text[k - run - 1] === escape)
        run++;
    return run % 2 === 1 ? k - 1 : -1;
}
/**
 * The logical line that starts at `from`: physical lines joined where one ends in the escape character (optionally
 * followed by blanks), skipping comment lines and blank lines inside the continuation, as the builder does. Leading
 * blanks of continued lines are kept. Line ends are not part of the result.
 */
function logicalLine(text, from, escape, limit = text.length) {
    let out = '';
    const offsets = [];
    let pos = from;
    let first = true;
    while (pos < limit) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1 || eol > limit)
            eol = limit;
        let lineEnd = eol;
        if (lineEnd > pos && text[lineEnd - 1] === '\r')
            lineEnd--;
        if (!first) {
            // inside a continuation, comment lines and blank lines do not count
            let k = pos;
            while (k < lineEnd && (isBlank(text[k]) || text[k] === '\r'))
                k++;
            if (k === lineEnd || text[k] === '#') {
                pos = eol + 1;
                continue;
            }
        }
        first = false;
        const k = continuationAt(text, pos, lineEnd, escape);
        const continued = k !== -1;
        const contentEnd = continued ? k : lineEnd;
        out += text.slice(pos, contentEnd);
        for (let i = pos; i < contentEnd; i++)
            offsets.push(i);
        if (!continued)
            break;
        pos = eol + 1;
    }
    return { text: out, offsets };
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

// The instructions of a Dockerfile: keyword, where it starts, where its keyword ends, where it ends.
// dockerfile-ast is the reference for this structure. For the common case — no keyword broken by a continuation,
// no lone carriage return — a line scanner gives the same answer an order of magnitude faster;
// __tests__/instructions.test.ts checks that both agree on every corpus file. Anything else goes to dockerfile-ast.
installAstSpeedup();
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
function isSpaceCode(c) {
    return c === SPACE || c === TAB || c === LF || c === CR;
}
/** The line scanner; null when the file needs the full parser. */
function splitSimple(text, escape) {
    // a CR that does not start a CRLF ends a line for dockerfile-ast but not for the builder: leave it to the parser
    if (text.includes('\r') && /\r(?!\n)/.test(text))
        return null;
    const escapeCode = escape.charCodeAt(0);
    const mayHaveHeredocs = text.includes('<<');
    const spans = [];
    const length = text.length;
    let pos = 0;
    while (pos < length) {
        const c = text.charCodeAt(pos);
        if (isSpaceCode(c)) {
            pos++;
            continue;
        }
        if (c === HASH) {
            const eol = text.indexOf('\n', pos);
            pos = eol === -1 ? length : eol + 1;
            continue;
        }
        const start = pos;
        for (let k = text.charCodeAt(pos); pos < length && !isSpaceCode(k); k = text.charCodeAt(++pos)) {
            if (k === escapeCode)
                return null;
        }
        const keywordEnd = pos;
        // the rest of the logical line: continued while a line ends in an odd run of escape characters; blank and
        // comment lines inside a continuation belong to the instruction
        let lineStart = keywordEnd;
        let end;
        for (;;) {
            let eol = text.indexOf('\n', lineStart);
            if (eol === -1)
                eol = length;
            if (continuationAt(text, lineStart, eol, escape) === -1) {
                end = eol > lineStart && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
                pos = eol;
                break;
            }
            // the next line that is neither blank nor a comment
            let next = eol + 1;
            while (next < length) {
                let k = next;
                let code = text.charCodeAt(k);
                while (code === SPACE || code === TAB)
                    code = text.charCodeAt(++k);
                if (code === LF || (code === CR && text.charCodeAt(k + 1) === LF)) {
                    next = text.indexOf('\n', k) + 1;
                }
                else if (code === HASH) {
                    const e = text.indexOf('\n', k);
                    next = e === -1 ? length : e + 1;
                }
                else {
                    break;
                }
            }
            if (next >= length) {
                end = length;
                pos = length;
                break;
            }
            lineStart = next;
        }
        const keyword = text.slice(start, keywordEnd).toUpperCase();
        if (mayHaveHeredocs && text.slice(keywordEnd, end).includes('<<')) {
            // an instruction with heredocs ends where its last body does
            const after = skipHeredocs(text, keyword, keywordEnd, pos, escape);
            if (after !== pos)
                end = pos = after;
        }
        spans.push({ keyword, start, keywordEnd, end });
    }
    return spans;
}
/** A heredoc's terminator name as dockerfile-ast reads it from a `<<…` word, or null. */
function heredocName(word) {
    let value = word.slice(2);
    if (value[0] === '-')
        value = value.slice(1);
    for (const quote of ['"', "'"]) {
        if (value[0] === quote) {
            if (value[value.length - 1] !== quote)
                return null;
            value = value.slice(1, value.length - 1);
        }
    }
    return value[0] === '<' ? null : value;
}
/**
 * Heredoc bodies after an ADD, COPY or RUN (also as an ONBUILD trigger), read as dockerfile-ast reads them: each
 * word starting with `<<` names a terminator; the body ends at a line that is exactly the name (after tabs, for
 * `<<-`). Returns the offset where scanning for instructions resumes.
 */
function skipHeredocs(text, keyword, keywordEnd, lineEnd, escape) {
    let words = logicalLine(text, keywordEnd, escape)
        .text.split(/[ \t]+/)
        .filter((w) => w !== '');
    let command = keyword;
    if (keyword === 'ONBUILD') {
        command = (words[0] ?? '').toUpperCase();
        words = words.slice(1);
    }
    if (command !== 'ADD' && command !== 'COPY' && command !== 'RUN')
        return lineEnd;
    const marks = words.filter((w) => w.startsWith('<<') && w.length > 2);
    const tabbed = marks.some((w) => w.startsWith('<<-'));
    let pos = lineEnd;
    for (const mark of marks) {
        const name = heredocName(mark);
        if (name !== null)
            pos = heredocEnd(text, name, pos, tabbed);
    }
    return pos;
}
function heredocEnd(text, name, from, tabbed) {
    let startWord = -1;
    let lineStart = true;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE)
            lineStart = false;
        else if (c === TAB) {
            if (!tabbed)
                lineStart = false;
        }
        else if (c === CR || c === LF) {
            if (startWord !== -1 && text.slice(startWord, i) === name)
                return i;
            startWord = -1;
            lineStart = true;
        }
        else if (lineStart) {
            startWord = i;
            lineStart = false;
        }
    }
    return text.length;
}
/**
 * The instructions as dockerfile-ast reads them from `astText`, a copy of `text` with the same lines in which some
 * lines may be rewritten (see textForAst); offsets are given in `text`.
 */
function splitWithAst(text, astText = text) {
    // dockerfile-ast counts a lone CR as a line end too
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))
            starts.push(i + 1);
    }
    const lines = { offsetOf: (line, character) => (starts[line] ?? text.length) + character };
    return mainExports.DockerfileParser.parse(astText)
        .getInstructions()
        .map((instruction) => {
        const range = instruction.getRange();
        const keyword = instruction.getInstructionRange();
        return {
            keyword: instruction.getKeyword(),
            start: lines.offsetOf(range.start.line, range.start.character),
            keywordEnd: lines.offsetOf(keyword.end.line, keyword.end.character),
            end: lines.offsetOf(range.end.line, range.end.character),
        };
    });
}

// extract: every image a Dockerfile pulls, resolved and located as the builder would see it.
// dockerfile-ast gives the structure (instructions, continuations, heredocs, comments); the arguments of the
// instructions that name images are re-read here with the builder's own tokenising and expansion rules.
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
        this.lookup = (name) => (this.globals.has(name) ? this.globals.get(name) : this.platform.get(name));
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
        this.stages.forEach((stage, index) => {
            stage.info.final = index === last;
            for (const use of stage.uses)
                use.final = index === last;
        });
        return { images: this.images, stages: this.stages.map((s) => s.info), warnings: this.warnings };
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
        const offsets = [];
        for (let i = syntax.valueStart; i < syntax.valueEnd; i++)
            offsets.push(i);
        const word = { text: syntax.value, offsets, start: syntax.valueStart, end: syntax.valueEnd };
        this.images.push(this.literalUse('syntax', word, null));
    }
    instruction(instruction) {
        const keyword = instruction.keyword;
        if (keyword !== 'FROM' && keyword !== 'ARG' && keyword !== 'COPY' && keyword !== 'RUN')
            return;
        const start = instruction.keywordEnd;
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
        // --from may name any stage of the file, a later one too: judge these once every stage name is known
        const content = this.text.slice(instruction.start, instruction.end);
        if (keyword === 'COPY' && content.includes('--from'))
            this.deferred.push(() => this.copyFrom(start, stage));
        else if (keyword === 'RUN' && content.includes('--mount'))
            this.deferred.push(() => this.mountFrom(start, stage));
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
                    this.globals.set(name, this.platform.get(name));
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
        const info = {
            index,
            name: null,
            line: this.lines.position(fromOffset).line,
            baseStage: null,
            final: false,
        };
        const pending = { info, uses: [] };
        if (words.length !== 1 && !(words.length === 3 && words[1].text.toLowerCase() === 'as')) {
            const end = words.length > 0 ? words[words.length - 1].end : start;
            this.warn(words[0]?.start ?? start, end, 'FROM requires either one or three arguments: FROM IMAGE [AS NAME]');
        }
        if (words.length >= 3 && words[1].text.toLowerCase() === 'as') {
            const name = words[2];
            const lower = name.text.toLowerCase();
            info.name = name.text;
            if (!STAGE_NAME.test(lower))
                this.warn(name.start, name.end, `invalid stage name "${name.text}"`);
            else if (lower === 'scratch' || lower === 'context') {
                this.warn(name.start, name.end, `stage name "${name.text}" is reserved`);
            }
            else if (this.stages.some((s) => s.info.name?.toLowerCase() === lower)) {
                this.warn(name.start, name.end, `duplicate stage name "${name.text}"`);
            }
        }
        for (const flag of flags) {
            if (flag.text.startsWith('--platform='))
                this.platformFlag(sub(flag, 11));
        }
        this.stages.push(pending);
        const image = words[0];
        if (!image) {
            const use = this.use('from', { text: '', offsets: [], start, end: start }, pending);
            use.error = 'FROM names no image';
            this.record(use, pending);
            return;
        }
        const use = this.use('from', image, pending);
        let expanded;
        try {
            const result = expandWord(image.text, this.lookup, this.directives.escape);
            expanded = result.value;
            use.unsetVariables = result.unmatched.concat(result.matched.filter((n) => this.lookup(n) === undefined));
        }
        catch (error) {
            use.status = 'unresolved';
            use.error = messageOf(error);
            this.record(use, pending);
            return;
        }
        // FROM naming an earlier stage builds on that stage, not on an image
        const earlier = this.findStage(expanded, index);
        if (earlier !== null) {
            info.baseStage = earlier;
            return;
        }
        this.resolve(use, expanded);
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
                const word = {
                    ...field.value,
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
/**
 * The text dockerfile-ast must see to read the structure the builder reads. The directive lines are rewritten in
 * canonical form, and a comment right after them is emptied, so that dockerfile-ast takes exactly the builder's
 * directives and escape character (same line count, so every later position holds).
 */
function textForAst(original, directives) {
    const text = withoutEscapedEscapesAtLineEnd(original, directives.escape);
    if (!/^\s*#/.test(text))
        return text;
    const lines = text.split('\n');
    const count = directives.list.length;
    for (let i = 0; i < count; i++) {
        const { key, value } = directives.list[i];
        const valid = key !== 'escape' || value === directives.escape;
        lines[i] = valid ? `#${key}=${value}` : '#';
    }
    if (count < lines.length && lines[count].trimStart().startsWith('#'))
        lines[count] = '#';
    return lines.join('\n');
}
/**
 * dockerfile-ast takes a line ending in an escaped escape character (`\\`) for a continuation; the builder does
 * not. Such a final escape character is replaced by a letter (same length, so every position holds) in the text
 * given to dockerfile-ast, which is only used for instruction boundaries; arguments are read from the original.
 */
function withoutEscapedEscapesAtLineEnd(text, escape) {
    const double = escape + escape;
    if (!text.includes(double))
        return text;
    let out = '';
    let pos = 0;
    while (pos <= text.length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = text.length;
        let k = eol;
        while (k > pos && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\r'))
            k--;
        if (k - 2 >= pos &&
            text[k - 1] === escape &&
            text[k - 2] === escape &&
            continuationAt(text, pos, eol, escape) === -1) {
            out += text.slice(pos, k - 1) + 'x' + text.slice(k, eol);
        }
        else {
            out += text.slice(pos, eol);
        }
        if (eol < text.length)
            out += '\n';
        pos = eol + 1;
    }
    return out;
}
/** The structure of a Dockerfile as the builder sees it: directives, then instructions. */
function parseDockerfile(text, options = {}) {
    // a byte-order mark is not part of the first line's columns
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const directives = parseDirectives(body);
    const simple = options.fullParser ? null : splitSimple(body, directives.escape);
    return { body, directives, instructions: simple ?? splitWithAst(body, textForAst(body, directives)) };
}
function extractImages(text, options = {}) {
    return new FileExtractor(parseDockerfile(text), options).run();
}

// read: a file's text, or why it is not read as a Dockerfile (too large, binary, unreadable).
const MAX_FILE_BYTES = 1024 * 1024;
function readDockerfile(absolute, knownSize = -1) {
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
    // invalid bytes become U+FFFD; the file is still read so that its valid references are judged
    return { ok: true, text: buffer.toString('utf8'), invalidUtf8: !isUtf8(buffer) };
}

// The inventory: discover → read → extract for every file, in file order. (Worker threads were tried: on this
// allocation-heavy work two threads on two cores ran no faster than one, so the scan stays on one thread.)
function scanFile(file, options) {
    const empty = { path: file.path, images: [], stages: [], problem: file.problem, warnings: [] };
    if (file.problem)
        return empty;
    const read = readDockerfile(file.absolute, file.size);
    if (!read.ok)
        return { ...empty, problem: read.problem };
    const extraction = extractImages(read.text, options);
    if (read.invalidUtf8) {
        extraction.warnings.unshift({
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
        });
    }
    return {
        path: file.path,
        images: extraction.images,
        stages: extraction.stages,
        problem: null,
        warnings: extraction.warnings,
    };
}
/** Scan file by file, handing each result on as it is done, so that large scans need not hold them all. */
function forEachScanned(options, handle) {
    const files = discover(options);
    files.forEach((file, index) => {
        handle(scanFile(file, options));
        options.onFile?.(index + 1, files.length);
    });
}
function inventory(options = {}) {
    const scanned = [];
    forEachScanned(options, (file) => scanned.push(file));
    return scanned;
}

function jsonImage(use) {
    return {
        kind: use.kind,
        stage: use.stage,
        final: use.final,
        raw: use.raw,
        image: use.image,
        registry: use.registry,
        repository: use.repository,
        tag: use.tag,
        digest: use.digest,
        line: use.line,
        column: use.column,
        endLine: use.endLine,
        endColumn: use.endColumn,
        status: use.status,
        error: use.error,
        unsetVariables: use.unsetVariables,
    };
}
function jsonFile(file) {
    return {
        path: file.path,
        images: file.images.map(jsonImage),
        problem: file.problem,
        warnings: file.warnings,
    };
}
/**
 * Builds the JSON report file by file, so a scan of thousands of files never holds them all as objects.
 * The output is one line of compact JSON, for programs.
 */
class JsonReportWriter {
    policy;
    chunks = [];
    files = 0;
    images = 0;
    constructor(policy) {
        this.policy = policy;
    }
    add(file) {
        this.chunks.push(JSON.stringify(jsonFile(file)));
        this.files++;
        this.images += file.images.length;
    }
    finish(findings = [], counts = { errors: 0, warnings: 0, notices: 0, passed: true }) {
        const summary = { files: this.files, images: this.images, ...counts };
        return (`{"version":1,"policy":${JSON.stringify(this.policy)},"files":[${this.chunks.join(',')}],` +
            `"findings":${JSON.stringify(findings)},"summary":${JSON.stringify(summary)}}\n`);
    }
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

// The tool's own version, reported in JSON and SARIF output.
const TOOL_NAME = 'base-image-policy';
const TOOL_VERSION = '0.1.0';

// The command-line face of the engine: parse flags, run, print, exit (0 passed, 1 findings, 2 usage or config).
const EXIT_PASSED = 0;
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
const defaultIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
};
function progress(io) {
    if (!io.isTTY)
        return undefined;
    let last = 0;
    return (done, total) => {
        if (total < 200)
            return;
        const now = Date.now();
        if (now - last < 200 && done !== total)
            return;
        last = now;
        io.stderr(`\rscanning ${done}/${total} files${done === total ? '\n' : ''}`);
    };
}
function buildProgram(io, setExit) {
    const program = new Command$1(TOOL_NAME)
        .description('Enforce a base-image policy on Dockerfiles')
        .version(TOOL_VERSION)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');
    const common = (command) => command
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--output <file>', 'write the report to FILE instead of standard output')
        .option('--build-arg <NAME=value>', 'set a build argument, as docker build --build-arg does (repeatable)', collect, [])
        .option('--platform <os/arch>', 'target and build platform for the automatic platform ARGs', undefined)
        .option('--files <glob>', 'Dockerfile name pattern (repeatable; replaces the defaults)', collect, [])
        .option('--exclude <glob>', 'pattern of paths to skip (repeatable; replaces the defaults)', collect, [])
        .option('--offline', 'ask no registry (the inventory never does)');
    common(program
        .command('inventory')
        .description('list every image reference found, resolved, per file and stage')
        .argument('[paths...]', 'files or folders to scan', [])).action((paths, options) => {
        const inventoryOptions = {
            paths: paths.length ? paths : ['.'],
            files: options.files.length ? options.files : undefined,
            exclude: options.exclude.length ? options.exclude : undefined,
            buildArgs: parseBuildArgs(options.buildArg),
            platform: parsePlatform(options.platform),
            onFile: progress(io),
        };
        let text;
        if (options.format === 'json') {
            const writer = new JsonReportWriter(null);
            forEachScanned(inventoryOptions, (file) => writer.add(file));
            text = writer.finish();
        }
        else {
            text = formatInventoryText(inventory(inventoryOptions));
        }
        emit(text, options.output, io);
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
