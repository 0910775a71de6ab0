package dk.refleksionsbog.app.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, written in code rather than read from annotations: picocli reads
 * annotations by reflection through a generated proxy class per annotation type, half of its cost
 * at every command (docs/benchmarks.md, session 4). These are the few shapes the commands use.
 */
final class CommandModel {
    private CommandModel() {}

    /**
     * A command run by calling {@code command}. Each description line is a whole sentence or
     * paragraph: picocli wraps it, but starts every element on a new line.
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** {@code --name}, on or off. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
    }

    /** {@code --name=LABEL} with a value of the type. */
    static OptionSpec.Builder option(String name, Class<?> type, String label, String description) {
        return OptionSpec.builder(name).type(type).paramLabel(label).description(description);
    }

    /** {@code --name=LABEL} that must be given. */
    static OptionSpec required(String name, Class<?> type, String label, String description) {
        return option(name, type, label, description).required(true).build();
    }

    /** One of the options, or (when {@code mustChooseOne}) exactly one. */
    static ArgGroupSpec oneOf(boolean mustChooseOne, OptionSpec... options) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity(mustChooseOne ? "1" : "0..1");
        for (OptionSpec option : options) {
            group.addArg(option);
        }
        return group.build();
    }

    /** One value after the options, which must be given. */
    static PositionalParamSpec parameter(Class<?> type, String label, String description) {
        return PositionalParamSpec.builder().required(true).type(type).paramLabel(label).description(description)
                .build();
    }

    /** One or more words after the options, which must be given. */
    static PositionalParamSpec words(String label, String description) {
        return PositionalParamSpec.builder().required(true).arity("1..*").type(List.class).auxiliaryTypes(String.class)
                .paramLabel(label).description(description).build();
    }
}
