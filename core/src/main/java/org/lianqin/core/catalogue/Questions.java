package org.lianqin.core.catalogue;

import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extra questions of some 小类: what a resident or an integrator answers besides the description
 * (Open311 calls them attributes), the check of those answers, and the check of a list of questions an
 * admin sets. Each street office keeps its own (Category.questions); a new office starts from the
 * defaults ({@code catalogue/questions.csv}).
 */
public final class Questions {

    /** A number as people write it: digits, an optional sign and decimals (no NaN, infinity, exponent or hex). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,12}([.][0-9]{1,6})?");

    private static final String RESOURCE = "/catalogue/questions.csv";
    private static final int MAX_ANSWER = 100;
    private static final Map<String, List<Question>> BY_CATEGORY = load();

    /** One question. Values (for {@code singlevaluelist}) map a key to its Chinese and English names. */
    public record Question(String code, String datatype, boolean required, int order, String labelZh, String labelEn,
                           Map<String, String[]> values) {

        /** The question's label in both languages, as a refusal quotes it. */
        public Refusal.Label label() {
            return new Refusal.Label(labelZh, labelEn);
        }
    }

    private Questions() {
    }

    /** The kinds of answer a question may ask for, as Open311 names them. */
    public static final List<String> DATATYPES = List.of("string", "number", "text", "singlevaluelist");

    /** A question's code as integrators send it: lowercase letters, digits and underscores. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    /** The questions a new street office's 小类 starts with. */
    public static List<Question> defaults(String categoryCode) {
        return BY_CATEGORY.getOrDefault(categoryCode, List.of());
    }

    /**
     * An admin's list of questions checked and put in order (their order numbered from 1): codes of
     * lowercase letters, digits and underscores, unique; both labels; a known datatype; a list with at least
     * two values, each with a key and both names. The first flaw is refused in words.
     */
    public static List<Question> checkedList(List<Question> asked) {
        List<Question> checked = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Question q : asked) {
            String code = q.code() == null ? "" : q.code().strip();
            if (!CODE.matcher(code).matches()) {
                throw new WorkflowException(Refusal.QUESTION_CODE, code);
            }
            if (!codes.add(code)) {
                throw new WorkflowException(Refusal.QUESTION_DUPLICATE, code);
            }
            String zh = q.labelZh() == null ? "" : q.labelZh().strip();
            String en = q.labelEn() == null ? "" : q.labelEn().strip();
            if (zh.isEmpty() || en.isEmpty() || zh.length() > 32 || en.length() > 64) {
                throw new WorkflowException(Refusal.QUESTION_LABEL, code);
            }
            if (q.datatype() == null || !DATATYPES.contains(q.datatype())) {
                throw new WorkflowException(Refusal.QUESTION_DATATYPE, code);
            }
            Map<String, String[]> values = q.datatype().equals("singlevaluelist") ? q.values() : Map.of();
            if (q.datatype().equals("singlevaluelist") && (values == null || values.size() < 2
                    || values.entrySet().stream().anyMatch(e -> !CODE.matcher(e.getKey()).matches() || e.getValue().length != 2
                    || e.getValue()[0].isBlank() || e.getValue()[1].isBlank()
                    || (e.getKey() + e.getValue()[0] + e.getValue()[1]).matches(".*[=|;].*"))
                    || valuesText(values).length() > 1000)) {
                throw new WorkflowException(Refusal.QUESTION_VALUES, code);
            }
            checked.add(new Question(code, q.datatype(), q.required(), checked.size() + 1, zh, en, values));
        }
        return checked;
    }

    /**
     * The answers checked against the category's questions and written as one line for staff
     * ("车牌号：沪A12345；车辆类型：小汽车"), or null when there are none. Unknown questions, missing required
     * answers, numbers that are not numbers and values not in the list are refused.
     */
    public static String check(List<Question> questions, Map<String, String> answers) {
        Map<String, WorkflowException> refused = new LinkedHashMap<>();
        String line = read(questions, answers, refused);
        if (!refused.isEmpty()) {
            throw refused.values().iterator().next();
        }
        return line;
    }

    /**
     * Every refused answer at once, by question code (an unknown question under its own code), for a form
     * that shows each beside its field; empty when all answers are acceptable.
     */
    public static Map<String, WorkflowException> refusals(List<Question> questions, Map<String, String> answers) {
        Map<String, WorkflowException> refused = new LinkedHashMap<>();
        read(questions, answers, refused);
        return refused;
    }

    private static String read(List<Question> questions, Map<String, String> answers, Map<String, WorkflowException> refused) {
        Map<String, String> given = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    given.put(k, v.strip());
                }
            });
        }
        for (String code : given.keySet()) {
            if (questions.stream().noneMatch(q -> q.code().equals(code))) {
                refused.put(code, new WorkflowException(Refusal.ATTRIBUTE_UNKNOWN, code));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Question q : questions) {
            String a = given.get(q.code());
            if (a == null) {
                if (q.required()) {
                    refused.put(q.code(), new WorkflowException(Refusal.ATTRIBUTE_REQUIRED, q.label()));
                }
                continue;
            }
            if (a.length() > MAX_ANSWER) {
                refused.put(q.code(), new WorkflowException(Refusal.ATTRIBUTE_TOO_LONG, q.label(), MAX_ANSWER));
                continue;
            }
            switch (q.datatype()) {
                case "number" -> {
                    if (NUMBER.matcher(a).matches()) {
                        parts.add(q.labelZh() + "：" + a);
                    } else {
                        refused.put(q.code(), new WorkflowException(Refusal.ATTRIBUTE_NOT_NUMBER, q.label()));
                    }
                }
                case "singlevaluelist" -> {
                    String[] names = q.values().get(a);
                    if (names == null) {
                        refused.put(q.code(), new WorkflowException(Refusal.ATTRIBUTE_NOT_LISTED, q.label(),
                                String.join(", ", q.values().keySet())));
                    } else {
                        parts.add(q.labelZh() + "：" + names[0]);
                    }
                }
                default -> parts.add(q.labelZh() + "：" + a);
            }
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static Map<String, List<Question>> load() {
        InputStream in = Questions.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The category questions " + RESOURCE + " are missing from the build");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", -1);
                    if (f.length != 8) {
                        throw new IllegalStateException("Bad question line: " + line);
                    }
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream().map(f -> Map.entry(f[0], new Question(f[1], f[2], Boolean.parseBoolean(f[3]),
                        Integer.parseInt(f[4]), f[5], f[6], values(f[7]))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue,
                        Collectors.collectingAndThen(Collectors.toList(), l -> l.stream()
                                .sorted(Comparator.comparingInt(Question::order)).toList()))));
    }

    /** A list's values written as {@code key=中文=English|…}, as they are stored. */
    public static String valuesText(Map<String, String[]> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[0] + "=" + e.getValue()[1])
                .collect(Collectors.joining("|"));
    }

    /** Reads {@code key=中文=English|…}. */
    static Map<String, String[]> values(String field) {
        Map<String, String[]> values = new LinkedHashMap<>();
        if (!field.isBlank()) {
            for (String v : field.split("\\|")) {
                String[] p = v.split("=", -1);
                if (p.length != 3) {
                    throw new IllegalStateException("Bad question value: " + v);
                }
                values.put(p[0], new String[] {p[1], p[2]});
            }
        }
        return values;
    }
}
