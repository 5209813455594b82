package scalemodels.cli;

import picocli.CommandLine;

import scalemodels.model.AsciiNumbers;

/** Every int, long and double on the command line is read by {@link AsciiNumbers}: ASCII digits only. */
public final class NumberConverters {
    private NumberConverters() {
    }

    /** Registers the converters on {@code commandLine} and its subcommands. */
    public static void register(CommandLine commandLine) {
        CommandLine.ITypeConverter<Integer> ints = text -> AsciiNumbers.parseInt(checked(text, true));
        CommandLine.ITypeConverter<Long> longs = text -> AsciiNumbers.parseLong(checked(text, true));
        CommandLine.ITypeConverter<Double> doubles = text -> AsciiNumbers.parseDouble(checked(text, false));
        commandLine.registerConverter(Integer.class, ints).registerConverter(int.class, ints)
                .registerConverter(Long.class, longs).registerConverter(long.class, longs)
                .registerConverter(Double.class, doubles).registerConverter(double.class, doubles);
    }

    /** The text, or picocli's own error (one line, naming the option) when it is not a number in ASCII. */
    private static String checked(String text, boolean whole) {
        try {
            if (whole) {
                AsciiNumbers.parseLong(text);
            } else {
                AsciiNumbers.parseDouble(text);
            }
            return text;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
