package scalemodels.report;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import scalemodels.analysis.Rule;
import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;

/** A run's analysis as JSON, for notebooks and scripts. Per-VM field names are {@link VmTable}'s column keys. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static String render(RunAnalysis a, List<String> problems, List<String> notes) {
        var gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
        JsonObject root = new JsonObject();
        root.addProperty("events", a.events());
        root.addProperty("unmatchedReceives", a.unmatchedReceives());
        root.addProperty("durationSeconds", a.durationSeconds());
        root.add("vms", gson.toJsonTree(a.vms().stream().map(VmTable::values).toList()));
        JsonObject jumps = new JsonObject();
        a.jumps().forEach((jump, count) -> jumps.addProperty(Long.toString(jump), count));
        root.add("jumps", jumps);
        JsonObject receiveJumps = new JsonObject();
        a.receiveJumps().forEach((jump, count) -> receiveJumps.addProperty(Long.toString(jump), count));
        root.add("receiveJumps", receiveJumps);
        JsonArray violations = new JsonArray();
        for (Violation v : a.violations()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", v.file().getFileName().toString());
            o.addProperty("line", v.line());
            o.addProperty("vm", v.vm());
            o.addProperty("message", v.message());
            o.addProperty("rule", v.rule().name());
            violations.add(o);
        }
        root.add("violations", violations);
        JsonObject byRule = new JsonObject();
        Rule.count(a.violations()).forEach((rule, count) -> byRule.addProperty(rule.name(), count));
        root.add("violationsByRule", byRule);
        root.add("unreadableLines", gson.toJsonTree(problems));
        root.add("notes", gson.toJsonTree(notes));
        return gson.toJson(root) + "\n";
    }
}
