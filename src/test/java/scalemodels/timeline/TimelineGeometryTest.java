package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineGeometryTest {

    private static TimelineGeometry geometry() {
        TimelineGeometry g = new TimelineGeometry();
        g.setSize(1000, 22 + 3 * 100);
        g.setLanes(3);
        return g;
    }

    @Test
    void timeAndXAreInverse() {
        TimelineGeometry g = geometry();
        g.show(5_000_000, 10_000_000);
        assertEquals(0, g.x(5_000_000), 1e-9);
        assertEquals(1000, g.x(15_000_000), 1e-9);
        assertEquals(500, g.x(10_000_000), 1e-9);
        assertEquals(10_000_000, g.time(500));
        assertEquals(10_000, g.microsPerPixel(), 1e-9);
    }

    @Test
    void lanesStackBelowTheAxis() {
        TimelineGeometry g = geometry();
        assertEquals(100, g.laneHeight(), 1e-9);
        assertEquals(22, g.laneTop(0), 1e-9);
        assertEquals(222, g.laneTop(2), 1e-9);
        assertEquals(-1, g.laneAt(10));
        assertEquals(0, g.laneAt(22));
        assertEquals(1, g.laneAt(150));
        assertEquals(2, g.laneAt(321));
        assertEquals(-1, g.laneAt(322));
        assertTrue(g.eventY(1) > g.laneTop(1) && g.eventY(1) < g.queueStripTop(1));
        assertTrue(g.queueStripTop(1) + g.queueStripHeight() <= g.laneTop(2));
    }

    @Test
    void followingLiveKeepsNowNearTheRightEdge() {
        TimelineGeometry g = geometry();
        g.followNow(100_000_000, 0);
        assertTrue(g.followsLive());
        assertEquals(1000 * (1 - TimelineGeometry.LIVE_MARGIN), g.x(100_000_000), 1e-6);
        g.followNow(101_000_000, 0);
        assertEquals(1000 * (1 - TimelineGeometry.LIVE_MARGIN), g.x(101_000_000), 1e-6);
    }

    @Test
    void aYoungRunStartsAtTheLeftEdge() {
        TimelineGeometry g = geometry();
        g.followNow(102_000_000, 100_000_000);
        assertEquals(1000 * TimelineGeometry.LEFT_MARGIN, g.x(100_000_000), 1e-6);
        g.followNow(150_000_000, 100_000_000);
        assertEquals(1000 * (1 - TimelineGeometry.LIVE_MARGIN), g.x(150_000_000), 1e-6);
    }

    @Test
    void panningLeavesLiveAndReturnToLiveComesBack() {
        TimelineGeometry g = geometry();
        g.followNow(100_000_000, 0);
        long before = g.viewStart();
        g.panBy(100);
        assertFalse(g.followsLive());
        assertEquals(before - 1_000_000, g.viewStart());
        g.followNow(200_000_000, 0);
        assertEquals(before - 1_000_000, g.viewStart(), "a panned view stays put");
        g.returnToLive();
        g.followNow(200_000_000, 0);
        assertEquals(1000 * (1 - TimelineGeometry.LIVE_MARGIN), g.x(200_000_000), 1e-6);
    }

    @Test
    void zoomKeepsTheTimeUnderThePointer() {
        TimelineGeometry g = geometry();
        g.show(0, 10_000_000);
        long under = g.time(250);
        g.zoom(0.5, 250);
        assertEquals(5_000_000, g.span());
        assertEquals(under, g.time(250), 1);
        g.zoom(1e-9, 0);
        assertEquals(TimelineGeometry.MIN_SPAN_MICROS, g.span());
        g.zoom(1e12, 0);
        assertEquals(TimelineGeometry.MAX_SPAN_MICROS, g.span());
    }

    @Test
    void panningAndZoomingStayWithinTheRunNeverBeforeItsStartNorPastItsEnd() {
        TimelineGeometry g = geometry();
        g.limitTo(100_000_000, 160_000_000);
        g.show(100_000_000, 10_000_000);
        g.panBy(5_000);
        assertEquals(100_000_000 - 200_000, g.viewStart(), "at most the left margin before the start");
        g.panBy(-50_000);
        assertEquals(160_000_000, g.viewStart() + Math.round(g.span() * 0.94), "the end stays in view");
        g.zoom(100, 500);
        assertEquals(100_000_000 - Math.round(g.span() * 0.02), g.viewStart(), "zoomed far out: the start at left");
    }

    @Test
    void fitShowsTheWholeRunWithItsMarginsAndResetGoesBackToTheDefaultZoomFollowingLive() {
        TimelineGeometry g = geometry();
        g.limitTo(100_000_000, 160_000_000);
        g.fit(100_000_000, 160_000_000);
        assertFalse(g.followsLive());
        assertTrue(g.viewStart() < 100_000_000 && g.viewEnd() > 160_000_000, g.viewStart() + ".." + g.viewEnd());
        assertTrue(g.span() < 70_000_000, "no more than the margins around it");
        g.reset();
        assertTrue(g.followsLive());
        assertEquals(TimelineGeometry.DEFAULT_SPAN_MICROS, g.span());
    }

    @Test
    void aLostMessagesMarkPointsToItsRecipientButStaysInTheSendersLane() {
        TimelineGeometry g = geometry();
        for (int[] channel : new int[][] {{0, 2}, {2, 0}, {1, 0}, {1, 2}, {0, 1}}) {
            double[] end = g.lostMessageEnd(channel[0], channel[1], 300);
            assertEquals(channel[0], g.laneAt(end[1]), "the mark of " + channel[0] + " -> " + channel[1]
                    + " stays in lane " + channel[0]);
            double y0 = g.eventY(channel[0]);
            double y1 = g.eventY(channel[1]);
            assertTrue(end[1] >= Math.min(y0, y1) && end[1] <= Math.max(y0, y1), "within the sender-receiver span");
            assertTrue(Math.signum(end[1] - y0) == Math.signum(y1 - y0), "pointing towards the recipient");
            assertTrue(end[0] > 300, "after the send");
        }
    }
}
