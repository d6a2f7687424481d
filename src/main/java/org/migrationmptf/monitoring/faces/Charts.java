package org.migrationmptf.monitoring.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 takes the configuration as JSON): bars,
 * stacked bars and doughnuts in the fund's palette. Amounts go in as decimals, never as doubles.
 */
final class Charts {

    static final List<String> PALETTE = List.of("#0b3d63", "#2a7ab0", "#6fb3d9", "#e39b25", "#8c4f9f", "#3d8f5a",
            "#c0504d", "#7f7f7f");

    private Charts() {
    }

    /** One series of bars; horizontal when {@code horizontal}. */
    static String bars(List<String> labels, String series, List<BigDecimal> values, boolean horizontal) {
        return config("bar", labels, Json.createArrayBuilder().add(dataset(series, values, PALETTE.get(0))),
                horizontal, false);
    }

    /** Several series stacked on the same labels. */
    static String stacked(List<String> labels, List<String> series, List<List<BigDecimal>> values, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(dataset(series.get(i), values.get(i), PALETTE.get(i % PALETTE.size())));
        }
        return config("bar", labels, datasets, horizontal, true);
    }

    /** Shares of a whole. */
    static String doughnut(List<String> labels, List<BigDecimal> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", names)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String series, List<BigDecimal> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", series).add("data", data).add("backgroundColor", colour);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, boolean horizontal,
                                 boolean stacked) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }
}
