package scalemodels.wire;

/**
 * How both line protocols read a word: a whole number in a range, or a run secret in hex. One place, so the control
 * and peer codecs accept and refuse alike.
 */
final class Words {
    private Words() {
    }

    /** @param what what the number is, for the message ("port", "VM id") */
    static long number(String word, long min, long max, String what) throws MalformedMessageException {
        long value;
        try {
            value = Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new MalformedMessageException("'" + word + "' is not a " + what);
        }
        if (value < min || value > max) {
            throw new MalformedMessageException(what + " " + value + " is out of range " + min + ".." + max);
        }
        return value;
    }

    /** The word, when it could be a run secret (hexadecimal digits only). */
    static String secret(String word) throws MalformedMessageException {
        if (!isHex(word)) {
            throw new MalformedMessageException("the secret is not hexadecimal");
        }
        return word;
    }

    static boolean isHex(String word) {
        return word != null && !word.isEmpty() && word.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
