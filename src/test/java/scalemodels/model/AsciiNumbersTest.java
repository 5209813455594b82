package scalemodels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link AsciiNumbers} reads numbers character by character; here the forms it takes are written as regular
 * expressions, and every string of a few characters drawn from digits, signs, points, exponents and look-alikes is
 * taken by the one exactly when it matches the other.
 */
class AsciiNumbersTest {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    @Test
    void takesExactlyTheWrittenForms() {
        List<String> texts = new ArrayList<>(List.of("", "+", "-", ".", "1.", ".5", "-.5e-3", "1e5", "1e", "e5",
                "+.e1", "1.5E-3", "--1", "1.2.3", "12d", "0x1", "NaN", "Infinity", " 1", "1 "));
        String alphabet = "0159+-.eE x\u0663\uFF13"; // with an Arabic-Indic three and a full-width three
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(WHOLE.matcher(text).matches(), takes(() -> AsciiNumbers.parseLong(text)), text);
            assertEquals(DECIMAL.matcher(text).matches(), takes(() -> AsciiNumbers.parseDouble(text)), text);
        }
    }

    @Test
    void readsTheValuesAndRefusesOtherScriptsDigits() {
        assertEquals(-42, AsciiNumbers.parseInt("-42"));
        assertEquals(9_000_000_000L, AsciiNumbers.parseLong("+9000000000"));
        assertEquals(0.0025, AsciiNumbers.parseDouble("2.5e-3"), 0);
        assertEquals(0.5, AsciiNumbers.parseDouble(".5"), 0);
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseInt("\uFF13"));
        assertEquals("'\uFF13' is not a whole number in ASCII digits", e.getMessage());
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseDouble("NaN"));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseInt(null));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseInt("99999999999"), "beyond int");
    }

    private static boolean takes(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
