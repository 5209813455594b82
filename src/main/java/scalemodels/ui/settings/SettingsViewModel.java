package scalemodels.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

import scalemodels.model.ClockSkew;
import scalemodels.model.AsciiNumbers;
import scalemodels.model.FixedRates;
import scalemodels.model.RunSettings.Field;
import scalemodels.model.RunSettings;
import scalemodels.model.Seeds;

/**
 * The settings panel without its controls: one text property per field, validated on every change, with a readable
 * message per field and a single "valid" flag that enables Start. Tested without a window.
 */
public final class SettingsViewModel {
    private final Map<Field, StringProperty> text = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper internalProbability = new ReadOnlyStringWrapper("");
    private final BooleanProperty simulate = new SimpleBooleanProperty(false);
    private final StringProperty networkDelay = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper networkDelayError = new ReadOnlyStringWrapper("");
    private final PresentationScale presentation = new PresentationScale();
    private final BooleanBinding valid;

    public SettingsViewModel() {
        for (Field field : Field.values()) {
            text.put(field, new SimpleStringProperty(""));
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        resetToDefaults();
        text.values().forEach(p -> p.addListener((obs, old, now) -> validate()));
        networkDelay.addListener((obs, old, now) -> validate());
        simulate.addListener((obs, old, now) -> validate());
        ObservableStringValue[] all = new ObservableStringValue[errors.size() + 1];
        errors.values().toArray(all);
        all[errors.size()] = networkDelayError;
        valid = Bindings.createBooleanBinding(
                () -> errors.values().stream().allMatch(e -> e.get().isEmpty()) && networkDelayError.get().isEmpty(),
                all);
        validate();
    }

    public StringProperty text(Field field) {
        return text.get(field);
    }

    /** Empty when the field is fine, else what is wrong and what is allowed. */
    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** What keeps the settings from being used, as one sentence naming the setting; empty when they are valid. */
    public String firstProblem() {
        for (Field field : Field.values()) {
            if (!errors.get(field).get().isEmpty()) {
                return label(field) + ": " + errors.get(field).get();
            }
        }
        return networkDelayError.get().isEmpty() ? "" : "Network delay: " + networkDelayError.get();
    }

    /** A setting's name as the settings panel shows it. */
    private static String label(Field field) {
        return switch (field) {
            case VMS -> "Virtual machines";
            case SEED -> "Seed";
            case RATE_MIN -> "Lowest tick rate";
            case RATE_MAX -> "Highest tick rate";
            case MAX_VALUE -> "Max value";
            case SPEED -> "Speed";
            case DURATION -> "Duration";
            case CLOCK_SKEW -> "Clock skew";
            case RATES -> "Rates per VM";
        };
    }

    /** Run the model in virtual time in this process instead of in VM processes. */
    public BooleanProperty simulateProperty() {
        return simulate;
    }

    /** Simulated network delay in milliseconds, as typed. */
    public StringProperty networkDelayProperty() {
        return networkDelay;
    }

    /** Presentation mode's scale, remembered with the settings. */
    public PresentationScale presentation() {
        return presentation;
    }

    public ReadOnlyStringProperty networkDelayErrorProperty() {
        return networkDelayError.getReadOnlyProperty();
    }

    /** The simulated network delay in microseconds; only while valid. */
    public long networkDelayMicros() {
        return Math.round(AsciiNumbers.parseDouble(networkDelay.get().strip()) * 1000);
    }

    /** "Internal events: 70 %" for the current max value. */
    public ReadOnlyStringProperty internalProbabilityProperty() {
        return internalProbability.getReadOnlyProperty();
    }

    public void newRandomSeed() {
        text(Field.SEED).set(Long.toString(Seeds.random()));
    }

    public void resetToDefaults() {
        RunSettings d = RunSettings.defaults(Seeds.random());
        set(d);
        text(Field.DURATION).set(RunSettings.plain(d.durationSeconds()));
    }

    /** Puts a run's settings into the fields (used to show what a run used, and by Rerun). */
    public void set(RunSettings s) {
        text(Field.VMS).set(Integer.toString(s.vms()));
        text(Field.SEED).set(Long.toString(s.seed()));
        text(Field.RATE_MIN).set(Integer.toString(s.rateMin()));
        text(Field.RATE_MAX).set(Integer.toString(s.rateMax()));
        text(Field.MAX_VALUE).set(Integer.toString(s.maxValue()));
        text(Field.SPEED).set(RunSettings.plain(s.speed()));
        text(Field.DURATION).set(RunSettings.plain(s.durationSeconds()));
        text(Field.CLOCK_SKEW).set(s.clockSkew().toString());
        text(Field.RATES).set(s.rates().toString());
    }

    /** The settings the fields describe; only call while {@link #isValid()}. */
    public RunSettings toSettings() {
        if (!isValid()) {
            throw new IllegalStateException("settings are not valid");
        }
        return parse();
    }

    public Properties toProperties() {
        Properties props = new Properties();
        text.forEach((field, value) -> props.setProperty(key(field), value.get()));
        props.setProperty("simulate", Boolean.toString(simulate.get()));
        props.setProperty("network-delay", networkDelay.get());
        presentation.store(props);
        return props;
    }

    /** Restores fields from saved properties; unknown or missing keys keep their current value. */
    public void restore(Properties props) {
        text.forEach((field, value) -> {
            String saved = props.getProperty(key(field));
            if (saved != null) {
                value.set(saved.strip());
            }
        });
        if (props.getProperty("simulate") != null) {
            simulate.set(Boolean.parseBoolean(props.getProperty("simulate").strip()));
        }
        if (props.getProperty("network-delay") != null) {
            networkDelay.set(props.getProperty("network-delay").strip());
        }
        presentation.restore(props);
    }

    private void validate() {
        Map<Field, String> found = new EnumMap<>(Field.class);
        Integer vms = whole(Field.VMS, found);
        Long seed = seed(found);
        Integer rateMin = whole(Field.RATE_MIN, found);
        Integer rateMax = whole(Field.RATE_MAX, found);
        Integer maxValue = whole(Field.MAX_VALUE, found);
        Double speed = decimal(Field.SPEED, found);
        Double duration = decimal(Field.DURATION, found);
        ClockSkew skew = skew(found);
        FixedRates rates = rates(found);
        RunSettings candidate = new RunSettings(or(vms, RunSettings.DEFAULT_VMS), or(seed, 0L),
                or(rateMin, 1), or(rateMax, Math.max(1, or(rateMin, 1))), or(maxValue, 10), or(speed, 1.0),
                or(duration, 0.0), or(skew, ClockSkew.NONE), or(rates, FixedRates.NONE));
        for (RunSettings.Problem problem : candidate.check()) {
            found.putIfAbsent(problem.field(), capitalized(problem.text()));
        }
        if (simulate.get() && duration != null && duration == 0) {
            found.putIfAbsent(Field.DURATION, "A simulation needs a duration above 0");
        }
        errors.forEach((field, error) -> error.set(found.getOrDefault(field, "")));
        networkDelayError.set(delayProblem());
        internalProbability.set(maxValue == null || !found.getOrDefault(Field.MAX_VALUE, "").isEmpty() ? ""
                : String.format("Internal events: %.0f %%", 100 * candidate.internalEventProbability()));
    }

    private String delayProblem() {
        String value = networkDelay.get() == null ? "" : networkDelay.get().strip();
        try {
            double ms = AsciiNumbers.parseDouble(value);
            return ms >= 0 && ms <= 60_000 ? "" : "Must be between 0 and 60000 ms, got " + RunSettings.plain(ms);
        } catch (NumberFormatException e) {
            return value.isEmpty() ? "Required" : "Must be a number";
        }
    }

    private RunSettings parse() {
        return new RunSettings(AsciiNumbers.parseInt(value(Field.VMS)), AsciiNumbers.parseLong(value(Field.SEED)),
                AsciiNumbers.parseInt(value(Field.RATE_MIN)), AsciiNumbers.parseInt(value(Field.RATE_MAX)),
                AsciiNumbers.parseInt(value(Field.MAX_VALUE)), AsciiNumbers.parseDouble(value(Field.SPEED)),
                AsciiNumbers.parseDouble(value(Field.DURATION)), ClockSkew.parse(value(Field.CLOCK_SKEW)),
                FixedRates.parse(value(Field.RATES)));
    }

    private FixedRates rates(Map<Field, String> found) {
        try {
            return FixedRates.parse(value(Field.RATES));
        } catch (IllegalArgumentException e) {
            found.put(Field.RATES, capitalized(e.getMessage()));
            return null;
        }
    }

    private ClockSkew skew(Map<Field, String> found) {
        try {
            return ClockSkew.parse(value(Field.CLOCK_SKEW));
        } catch (IllegalArgumentException e) {
            found.put(Field.CLOCK_SKEW, capitalized(e.getMessage()));
            return null;
        }
    }

    private String value(Field field) {
        String v = text(field).get();
        return v == null ? "" : v.strip();
    }

    private Integer whole(Field field, Map<Field, String> found) {
        try {
            return AsciiNumbers.parseInt(value(field));
        } catch (NumberFormatException e) {
            found.put(field, value(field).isEmpty() ? "Required" : "Must be a whole number");
            return null;
        }
    }

    private Long seed(Map<Field, String> found) {
        try {
            return AsciiNumbers.parseLong(value(Field.SEED));
        } catch (NumberFormatException e) {
            found.put(Field.SEED, value(Field.SEED).isEmpty() ? "Required"
                    : "Must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            return null;
        }
    }

    private Double decimal(Field field, Map<Field, String> found) {
        try {
            double d = AsciiNumbers.parseDouble(value(field));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        found.put(field, value(field).isEmpty() ? "Required" : "Must be a number");
        return null;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String key(Field field) {
        return field.flag().substring(2);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
