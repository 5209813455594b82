package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import scalemodels.analysis.AnalysisUnderFaultsTest;
import scalemodels.analysis.Violation;
import scalemodels.report.ChartImages;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.TimeWindow;

/**
 * Pictures of a run drawn without a display by the window's renderer: an SVG document with one group per event
 * mark (every kind of fault included) and per rule violation, and the exported PNG of a chosen stretch of time.
 */
public class TimelinePictureTest {
    @Test
    void theSvgHasOneMarkPerEventFaultsIncludedAndOnePerViolation() throws Exception {
        RunModel run = AnalysisUnderFaultsTest.model();
        Violation broken = new Violation(Path.of("vm_1.log"), 2, 1, 1, "clock must exceed the message's",
                scalemodels.analysis.Rule.RECEIVE_CLOCK);
        TimelinePicture picture = TimelinePicture.export(run, TimeWindow.whole(run), List.of(broken));
        List<String> marks = groups(parse(picture.svg()), "event ");
        assertEquals(run.events(), marks.size(), "one mark per event: " + marks);
        for (String kind : new String[] {"start", "send", "receive", "internal", "pause", "resume", "crash",
            "restart", "reconnect", "stop"}) {
            assertTrue(marks.contains("event " + kind), kind + " missing from " + marks);
        }
        assertEquals(1, groups(parse(picture.svg()), "violation").size());
        assertEquals(run.events(), picture.draw(new AwtPainter(image(picture).createGraphics()), 1).glyphs(),
                "the renderer drew as many glyphs as the SVG holds");
    }

    @Test
    void theExportedPngShowsTheChosenStretchWithItsCrashAndNamedLanes(@TempDir Path dir) throws Exception {
        RunModel run = AnalysisUnderFaultsTest.model();
        TimeWindow window = TimeWindow.ofSeconds(run, 7.0, 9.0); // VM 1 crashes at 8 s, restarts at 8.5 s
        Path file = dir.resolve("timeline.png");
        ChartImages.writeTimeline(run, window, List.of(), file);
        BufferedImage png = ImageIO.read(file.toFile());
        TimelinePicture picture = TimelinePicture.export(run, window, List.of());
        TimelineGeometry g = picture.geometry();
        assertEquals(picture.pixelWidth(1), png.getWidth());
        assertEquals((int) (TimelineGeometry.AXIS_HEIGHT + 2 * TimelinePicture.EXPORT_LANE_HEIGHT), png.getHeight());
        int y = (int) (g.laneTop(1) + 8);
        int crashed = png.getRGB(x(g, run.startMicros() + 8_250_000), y);
        int before = png.getRGB(x(g, run.startMicros() + 7_400_000), y);
        assertNotEquals(before, crashed, "the crashed stretch is shaded");
        assertEquals(LaneColours.rgb(0), png.getRGB(8, (int) g.laneTop(0) + 20) & 0xffffff, "VM 0's name column");
        List<String> marks = groups(parse(picture.svg()), "event ");
        assertTrue(marks.contains("event crash") && !marks.contains("event pause"), "only the stretch: " + marks);
    }

    @Test
    void aStretchOutsideTheRunIsRefusedWithASentence() throws Exception {
        RunModel run = AnalysisUnderFaultsTest.model();
        var late = assertThrows(IllegalArgumentException.class, () -> TimeWindow.ofSeconds(run, 60.0, null));
        assertTrue(late.getMessage().contains("past the run's end: the run lasts 12.000 s"), late.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeWindow.ofSeconds(run, 5.0, 5.0));
        assertEquals(TimeWindow.whole(run), TimeWindow.ofSeconds(run, null, null));
    }

    private static int x(TimelineGeometry g, long micros) {
        return (int) Math.round(TimelinePicture.NAMES_WIDTH + g.x(micros));
    }

    private static BufferedImage image(TimelinePicture picture) {
        return new BufferedImage(picture.pixelWidth(1), picture.pixelHeight(1), BufferedImage.TYPE_INT_RGB);
    }

    public static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The document names the SVG 1.1 DTD; reading it would need the network, and it adds nothing here.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The classes of the SVG's groups whose class starts with {@code prefix}. */
    public static List<String> groups(Document svg, String prefix) {
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        NodeList all = svg.getElementsByTagNameNS("*", "g");
        List<String> found = new ArrayList<>();
        for (int k = 0; k < all.getLength(); k++) {
            String cls = ((Element) all.item(k)).getAttribute("class");
            if (cls.startsWith(prefix)) {
                found.add(cls);
            }
        }
        return found;
    }
}
