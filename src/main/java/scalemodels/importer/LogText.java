package scalemodels.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a log's bytes: UTF-8, or UTF-16 when they start with its byte-order mark (Windows PowerShell 5 writes
 * redirected output so: {@code python vm.py > vm1.log}). A UTF-8 mark is passed over too.
 */
final class LogText {
    private LogText() {
    }

    /** The encoding a file's first bytes announce. */
    static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** How many of a file's first bytes are its byte-order mark. */
    static int markLength(byte[] head) {
        if (charsetOf(head) != StandardCharsets.UTF_8) {
            return 2;
        }
        return head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf
                ? 3 : 0;
    }

    /** The whole file's text in the encoding its start announces, undecodable bytes replaced. */
    static String lenient(byte[] bytes) {
        return lenient(bytes, markLength(bytes), charsetOf(bytes));
    }

    /** The bytes as text in {@code charset}, undecodable ones replaced (for a sample, where a cut may split one). */
    static String lenient(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }

    /** The whole file's text; throws when some bytes are not text in the encoding its start announces. */
    static String strict(byte[] bytes) throws CharacterCodingException {
        int mark = markLength(bytes);
        return charsetOf(bytes).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, mark, bytes.length - mark)).toString();
    }
}
