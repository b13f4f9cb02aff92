package org.lianqin.core.district;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.lianqin.core.cases.CaseStep;
import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.organisation.UnitType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a template gives a new street office, kept as JSON in {@link OfficeTemplate}: its member units and
 * squads; its settings of the district's category catalogue (only the 小类 that differ: public or not,
 * the responsible unit type, the time limits); its standard replies and result kinds (none listed: the
 * defaults); its duty shares; and the days its calendar departs from the national notice.
 */
public record TemplateContent(List<UnitEntry> units, List<SquadEntry> squads, List<CategoryEntry> categories,
                              List<ReplyEntry> replies, List<ResultKindEntry> resultKinds,
                              Map<DutyLevel, Integer> dutyPercents, List<DayEntry> calendar) {

    public record UnitEntry(String name, UnitType type, String phone) {
    }

    public record SquadEntry(String name, String leader) {
    }

    public record CategoryEntry(String code, boolean publicVisible, UnitType unitType, int registerHours,
                                int dispatchHours, int handleHours, int urgentHandleHours) {
    }

    public record ReplyEntry(CaseStep step, String categoryCode, String text) {
    }

    public record ResultKindEntry(String name, String measure) {
    }

    public record DayEntry(LocalDate day, boolean working, String note) {
    }

    public TemplateContent {
        units = List.copyOf(units);
        squads = List.copyOf(squads);
        categories = List.copyOf(categories);
        replies = List.copyOf(replies);
        resultKinds = List.copyOf(resultKinds);
        dutyPercents = dutyPercents.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(dutyPercents));
        calendar = List.copyOf(calendar);
    }

    public String toJson() {
        JsonArrayBuilder u = Json.createArrayBuilder();
        units.forEach(x -> u.add(object().add("name", x.name()).add("type", x.type().name()).add("phone", text(x.phone()))));
        JsonArrayBuilder s = Json.createArrayBuilder();
        squads.forEach(x -> s.add(object().add("name", x.name()).add("leader", text(x.leader()))));
        JsonArrayBuilder c = Json.createArrayBuilder();
        categories.forEach(x -> c.add(object().add("code", x.code()).add("public", x.publicVisible())
                .add("unitType", x.unitType() == null ? "" : x.unitType().name())
                .add("registerHours", x.registerHours()).add("dispatchHours", x.dispatchHours())
                .add("handleHours", x.handleHours()).add("urgentHandleHours", x.urgentHandleHours())));
        JsonArrayBuilder r = Json.createArrayBuilder();
        replies.forEach(x -> r.add(object().add("step", x.step().name()).add("category", text(x.categoryCode())).add("text", x.text())));
        JsonArrayBuilder k = Json.createArrayBuilder();
        resultKinds.forEach(x -> k.add(object().add("name", x.name()).add("measure", text(x.measure()))));
        JsonObjectBuilder d = object();
        dutyPercents.forEach((level, percent) -> d.add(level.name(), percent));
        JsonArrayBuilder cal = Json.createArrayBuilder();
        calendar.forEach(x -> cal.add(object().add("day", x.day().toString()).add("working", x.working()).add("note", text(x.note()))));
        return object().add("units", u).add("squads", s).add("categories", c).add("replies", r)
                .add("resultKinds", k).add("dutyPercents", d).add("calendar", cal).build().toString();
    }

    public static TemplateContent fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new TemplateContent(
                    list(o, "units").stream().map(x -> new UnitEntry(x.getString("name"), UnitType.valueOf(x.getString("type")),
                            blankNull(x.getString("phone", "")))).toList(),
                    list(o, "squads").stream().map(x -> new SquadEntry(x.getString("name"), blankNull(x.getString("leader", "")))).toList(),
                    list(o, "categories").stream().map(x -> new CategoryEntry(x.getString("code"), x.getBoolean("public"),
                            x.getString("unitType", "").isEmpty() ? null : UnitType.valueOf(x.getString("unitType")),
                            x.getInt("registerHours"), x.getInt("dispatchHours"), x.getInt("handleHours"),
                            x.getInt("urgentHandleHours"))).toList(),
                    list(o, "replies").stream().map(x -> new ReplyEntry(CaseStep.valueOf(x.getString("step")),
                            blankNull(x.getString("category", "")), x.getString("text"))).toList(),
                    list(o, "resultKinds").stream().map(x -> new ResultKindEntry(x.getString("name"),
                            blankNull(x.getString("measure", "")))).toList(),
                    duty(o.getJsonObject("dutyPercents")),
                    list(o, "calendar").stream().map(x -> new DayEntry(LocalDate.parse(x.getString("day")),
                            x.getBoolean("working"), blankNull(x.getString("note", "")))).toList());
        }
    }

    private static Map<DutyLevel, Integer> duty(JsonObject o) {
        Map<DutyLevel, Integer> percents = new EnumMap<>(DutyLevel.class);
        if (o != null) {
            o.forEach((level, percent) -> percents.put(DutyLevel.valueOf(level), ((jakarta.json.JsonNumber) percent).intValue()));
        }
        return percents;
    }

    private static List<JsonObject> list(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name).getValuesAs(JsonObject.class) : List.of();
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
