package scalemodels.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.rundata.RunModel;

/** Turns the raw events of an import into a run model, once the number of VMs is known. */
final class ModelBuilder {
    /** Formats without times space their events 1 ms apart from this instant (2000-01-01T00:00:00Z). */
    static final long ORDER_EPOCH_MICROS = TimeFormat.UNDATED_EPOCH_MICROS;

    interface Problems {
        void add(Path file, int line, String reason);
    }

    private record Built(LogEvent event, RawEvent raw, boolean clockDerived) {
    }

    private final List<RawEvent> raws;
    private final ToIntFunction<String> hostId;
    /** A host that logs events, or -1: a peer named by a word no host has ("all", "peers") is not a VM. */
    private final ToIntFunction<String> knownHost;
    private final Map<Integer, Integer> rates;
    private final Problems problems;
    private final List<String> notes = new ArrayList<>();
    private VmIds vmIds;
    private PeerNames peers;
    private MessagePeers messagePeers;
    private int broadcastLines;

    ModelBuilder(List<RawEvent> raws, ToIntFunction<String> hostId, ToIntFunction<String> knownHost,
                 Map<Integer, Integer> rates, Problems problems) {
        this.raws = raws;
        this.hostId = hostId;
        this.knownHost = knownHost;
        this.rates = rates;
        this.problems = problems;
    }

    ImportResult build(LogFormat format) {
        vmIds = VmIds.of(raws.stream().mapToInt(RawEvent::vm).toArray());
        vmIds.describe().ifPresent(notes::add);
        int vms = vmIds.count();
        peers = new PeerNames(vmIds, vms, hostId, knownHost);
        messagePeers = MessagePeers.of(raws, peers, vmIds, vms);
        long[] ticks = new long[vms];
        List<Built> built = new ArrayList<>();
        RawEvent previous = null;
        for (RawEvent raw : raws) {
            try {
                if (previous != null && sameSendToAnother(previous, raw)) {
                    // A broadcast written as one line per recipient: one send, one tick, every recipient.
                    Built last = built.remove(built.size() - 1);
                    built.add(withRecipient(last, messagePeers.recipients(raw, last.event().vm())));
                    continue;
                }
                built.add(convert(raw, vms, ticks, format));
                previous = raw;
            } catch (IllegalArgumentException e) {
                problems.add(raw.file(), raw.line(), e.getMessage());
            }
        }
        notes.addAll(messagePeers.notes());
        if (broadcastLines > 0) {
            notes.add("a broadcast is written as one line per recipient: " + broadcastLines
                    + " such lines were joined to the send before them");
        }
        inferMessagesFromVectors(built, vms);
        Conventions conventions = Conventions.detect(built.stream().map(Built::event).toList(), vms);
        notes.addAll(conventions.notes());
        adopt(built, conventions.events(), false);
        built.sort(Comparator.comparingLong(b -> b.event().timeMicros()));
        RunModel model = new RunModel(vms);
        model.setCarriedOffset(conventions.carriedOffset());
        for (Built b : built) {
            int index = model.add(b.event(), b.raw().line());
            int vm = b.event().vm();
            model.setSource(vm, b.raw().file());
            if (b.clockDerived()) {
                model.markLamportUnknown(vm);
            }
            if (!b.raw().extras().isEmpty()) {
                StringBuilder extra = new StringBuilder();
                b.raw().extras().forEach((k, v) -> extra.append(extra.length() == 0 ? "" : " ").append(k).append('=')
                        .append(v));
                model.setExtra(vm, index, extra.toString());
            }
        }
        for (int vm = 0; vm < vms; vm++) {
            // A foreign log has ended when we read it; it says nothing of crashes.
            model.setStatus(vm, scalemodels.model.VmStatus.STOPPED);
        }
        int lanes = vms;
        // Rates are kept by the ids the logs use (a header, a file name or a field gave them).
        rates.forEach((rawVm, rate) -> {
            int vm = vmIds.denseOrMissing(rawVm);
            if (vm >= 0 && vm < lanes && model.lane(vm).rate() == 0) {
                model.setRate(vm, rate);
            }
        });
        return new ImportResult(model, format, List.of(), List.copyOf(notes), 1);
    }

    /** Messages inferred from vector clocks, the events changed in place (see {@link VectorMessages}). */
    private void inferMessagesFromVectors(List<Built> built, int vms) {
        List<LogEvent> events = new ArrayList<>(built.stream().map(Built::event).toList());
        boolean[] derived = new boolean[built.size()];
        for (int i = 0; i < derived.length; i++) {
            derived[i] = built.get(i).clockDerived();
        }
        int inferred = VectorMessages.infer(events, derived, vms);
        adopt(built, events, true);
        if (inferred > 0) {
            notes.add("messages inferred from the vector clocks: " + inferred + " receives (an event whose entry for "
                    + "another process grew received that process's event with that entry)");
        }
    }

    /**
     * Takes the events a later pass rewrote (same order, a new object where it changed) into the built list.
     *
     * @param derived mark the rewritten ones as having no Lamport clock of their own (inferred from vectors)
     */
    private static void adopt(List<Built> built, List<LogEvent> events, boolean derived) {
        for (int i = 0; i < built.size(); i++) {
            Built b = built.get(i);
            if (events.get(i) != b.event()) {
                built.set(i, new Built(events.get(i), b.raw(), derived || b.clockDerived()));
            }
        }
    }

    /**
     * Whether {@code raw} repeats the send before it for another recipient: same VM, same clock, a recipient named,
     * written next to it.
     */
    private boolean sameSendToAnother(RawEvent previous, RawEvent raw) {
        return raw.type() == EventType.SEND && previous.type() == EventType.SEND && raw.vm() == previous.vm()
                && raw.file().equals(previous.file()) && raw.get("clock") != null
                && raw.get("clock").equals(previous.get("clock")) && recipientText(raw) != null
                && recipientText(previous) != null && !recipientText(raw).equals(recipientText(previous));
    }

    private Built withRecipient(Built last, int[] more) {
        broadcastLines++;
        LogEvent e = last.event();
        EventDetail.Send send = (EventDetail.Send) e.detail();
        int[] to = java.util.stream.IntStream.concat(java.util.Arrays.stream(send.to()), java.util.Arrays.stream(more))
                .distinct().sorted().toArray();
        return new Built(new LogEvent(e.timeMicros(), e.vm(), e.tick(), e.clock(), e.queue(),
                new EventDetail.Send(send.value(), to), e.vc()), last.raw(), last.clockDerived());
    }

    private Built convert(RawEvent raw, int vms, long[] ticks, LogFormat format) {
        int vm = vmIds.dense(raw.vm());
        long time = format.timesFromOrder() ? ORDER_EPOCH_MICROS + raw.order() * 1000
                : FormatText.parseTime(format, required(raw, "time"));
        long[] vc = raw.get("vc") == null ? null : peers.vector(raw.get("vc"));
        boolean derived = false;
        long clock;
        if (raw.get("clock") != null) {
            clock = number(raw, "clock");
        } else if (vc != null) {
            clock = vc[vm];
            derived = true;
        } else {
            throw new IllegalArgumentException("no Lamport clock and no vector clock");
        }
        EventType type = raw.type();
        long tick;
        if (raw.get("tick") != null) {
            tick = number(raw, "tick");
            ticks[vm] = tick;
        } else if (type == EventType.START) {
            tick = 0;
        } else if (type == EventType.STOP) {
            tick = ticks[vm];
        } else {
            tick = ++ticks[vm];
        }
        if (raw.get("rate") != null) {
            rates.putIfAbsent(raw.vm(), FormatText.parseIntOr(raw.get("rate"), 0));
        }
        int queue = raw.get("queue") == null ? -1 : (int) Math.min(Integer.MAX_VALUE, number(raw, "queue"));
        EventDetail detail = switch (type) {
            case START -> new EventDetail.Start(FormatText.parseIntOr(raw.get("rate"), 0), 1, 0, vms);
            case SEND -> new EventDetail.Send(FormatText.parseIntOr(raw.get("value"), -1),
                    messagePeers.recipients(raw, vm));
            case RECEIVE -> receive(raw);
            case INTERNAL -> new EventDetail.Internal(FormatText.parseIntOr(raw.get("value"), -1));
            case STOP -> new EventDetail.Stop();
            case PAUSE, RESUME, CRASH, RESTART, FAULT, RECONNECT -> throw new IllegalArgumentException("event kind "
                    + type.word() + " cannot be imported");
        };
        return new Built(new LogEvent(time, vm, tick, clock, queue, detail, type.carriesVectorClock() ? vc : null),
                raw, derived);
    }

    /** A receive from a VM with no log here keeps neither sender nor timestamp: no send here could be its own. */
    private EventDetail.Receive receive(RawEvent raw) {
        int sender = messagePeers.sender(raw);
        if (sender == MessagePeers.WITHOUT_LOG) {
            return new EventDetail.Receive(-1, -1);
        }
        return new EventDetail.Receive(sender, raw.get("msg") == null ? -1 : number(raw, "msg"));
    }

    private static String recipientText(RawEvent raw) {
        return MessagePeers.text(raw);
    }

    private static String required(RawEvent raw, String field) {
        String value = raw.get(field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static long number(RawEvent raw, String field) {
        String text = required(raw, field).strip();
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new IllegalArgumentException(field + " " + value + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + FormatText.abbreviate(text) + "' is not a whole number");
        }
    }
}
