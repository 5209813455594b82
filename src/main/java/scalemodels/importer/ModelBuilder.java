package scalemodels.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import scalemodels.log.EventDetail;
import scalemodels.log.EventType;
import scalemodels.log.LogEvent;
import scalemodels.rundata.RunModel;

/** Turns the raw events of an import into a run model, once the number of VMs is known. */
final class ModelBuilder {
    /** Formats without times space their events 1 ms apart from this instant (2000-01-01T00:00:00Z). */
    static final long ORDER_EPOCH_MICROS = 946_684_800_000_000L;

    interface Problems {
        void add(Path file, int line, String reason);
    }

    private record Built(LogEvent event, RawEvent raw, boolean clockDerived) {
    }

    private final List<RawEvent> raws;
    private final ToIntFunction<String> hostId;
    private final Map<Integer, Integer> rates;
    private final Problems problems;

    ModelBuilder(List<RawEvent> raws, ToIntFunction<String> hostId, Map<Integer, Integer> rates, Problems problems) {
        this.raws = raws;
        this.hostId = hostId;
        this.rates = rates;
        this.problems = problems;
    }

    ImportResult build(LogFormat format) {
        int vms = 1;
        for (RawEvent raw : raws) {
            vms = Math.max(vms, raw.vm() + 1);
        }
        long[] ticks = new long[vms];
        List<Built> built = new ArrayList<>();
        for (RawEvent raw : raws) {
            try {
                built.add(convert(raw, vms, ticks, format));
            } catch (IllegalArgumentException e) {
                problems.add(raw.file(), raw.line(), e.getMessage());
            }
        }
        built.sort(Comparator.comparingLong(b -> b.event().timeMicros()));
        RunModel model = new RunModel(vms);
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
            model.setStatus(vm, scalemodels.supervisor.VmStatus.STOPPED);
        }
        int lanes = vms;
        rates.forEach((vm, rate) -> {
            if (vm < lanes && model.lane(vm).rate() == 0) {
                model.setRate(vm, rate);
            }
        });
        return new ImportResult(model, format, List.of());
    }

    private Built convert(RawEvent raw, int vms, long[] ticks, LogFormat format) {
        long time = format.timesFromOrder() ? ORDER_EPOCH_MICROS + raw.order() * 1000
                : LogImporter.parseTime(format, required(raw, "time"));
        long[] vc = raw.get("vc") == null ? null : vector(raw.get("vc"), vms);
        boolean derived = false;
        long clock;
        if (raw.get("clock") != null) {
            clock = number(raw, "clock");
        } else if (vc != null) {
            clock = vc[raw.vm()];
            derived = true;
        } else {
            throw new IllegalArgumentException("no Lamport clock and no vector clock");
        }
        EventType type = raw.type();
        long tick;
        if (raw.get("tick") != null) {
            tick = number(raw, "tick");
            ticks[raw.vm()] = tick;
        } else if (type == EventType.START) {
            tick = 0;
        } else if (type == EventType.STOP) {
            tick = ticks[raw.vm()];
        } else {
            tick = ++ticks[raw.vm()];
        }
        int queue = raw.get("queue") == null ? -1 : (int) Math.min(Integer.MAX_VALUE, number(raw, "queue"));
        EventDetail detail = switch (type) {
            case START -> new EventDetail.Start(LogImporter.parseIntOr(raw.get("rate"), 0), 1, 0, vms);
            case SEND -> new EventDetail.Send(LogImporter.parseIntOr(raw.get("value"), -1), recipients(raw, vms));
            case RECEIVE -> new EventDetail.Receive(sender(raw, vms), raw.get("msg") == null ? -1 : number(raw, "msg"));
            case INTERNAL -> new EventDetail.Internal(LogImporter.parseIntOr(raw.get("value"), -1));
            case STOP -> new EventDetail.Stop();
            default -> throw new IllegalArgumentException("event kind " + type.word() + " cannot be imported");
        };
        return new Built(new LogEvent(time, raw.vm(), tick, clock, queue, detail, type.carriesVectorClock() ? vc : null),
                raw, derived);
    }

    private int[] recipients(RawEvent raw, int vms) {
        String list = raw.get("to") != null ? raw.get("to") : raw.get("peer");
        if (list == null || list.isBlank()) {
            return null;
        }
        String[] parts = list.split("[,;\\s]+");
        int[] to = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            to[i] = peer(parts[i], vms);
        }
        return to;
    }

    private int sender(RawEvent raw, int vms) {
        String from = raw.get("from") != null ? raw.get("from") : raw.get("peer");
        return from == null || from.isBlank() ? -1 : peer(from.strip(), vms);
    }

    private int peer(String text, int vms) {
        int id = LogImporter.parseIntOr(text, Integer.MIN_VALUE);
        if (id == Integer.MIN_VALUE) {
            id = hostId.applyAsInt(text);
        }
        if (id < 0 || id >= vms) {
            throw new IllegalArgumentException("peer '" + LogImporter.abbreviate(text) + "' is not one of the "
                    + vms + " VMs");
        }
        return id;
    }

    /** A vector clock written as "1,0,2" or as ShiViz JSON {"host": count, ...}. */
    private long[] vector(String text, int vms) {
        long[] vc = new long[vms];
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonObject json;
            try {
                json = JsonParser.parseString(trimmed).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new IllegalArgumentException("vector clock '" + LogImporter.abbreviate(trimmed)
                        + "' is not a JSON object");
            }
            for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
                int vm = hostId.applyAsInt(entry.getKey());
                if (vm >= vms) {
                    throw new IllegalArgumentException("vector clock names host '" + entry.getKey()
                            + "' that logs no event");
                }
                try {
                    vc[vm] = entry.getValue().getAsLong();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("vector clock entry '" + entry.getKey() + "' is not a number");
                }
            }
            return vc;
        }
        String[] parts = trimmed.split(",");
        if (parts.length != vms) {
            throw new IllegalArgumentException("vector clock has " + parts.length + " entries, the run has " + vms
                    + " VMs");
        }
        for (int i = 0; i < vms; i++) {
            try {
                vc[i] = Long.parseLong(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("vector clock '" + LogImporter.abbreviate(trimmed)
                        + "' is not a list of whole numbers");
            }
        }
        return vc;
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
            throw new IllegalArgumentException(field + " '" + LogImporter.abbreviate(text) + "' is not a whole number");
        }
    }
}
