package org.lianqin.publicreport.api;

import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.catalogue.Questions;
import org.lianqin.core.tenancy.StreetOffice;

import java.util.List;
import java.util.Map;

/** The shapes the JSON API answers and reads, apart from core's public records. */
public final class ApiViews {

    private ApiViews() {
    }

    public record Office(String code, String name, String kind, String district, boolean acceptingReports) {
        static Office of(StreetOffice o) {
            return new Office(o.code(), o.name(), o.kind().name(), o.district(),
                    o.status() == org.lianqin.core.tenancy.TenantStatus.ACTIVE);
        }
    }

    /** A 大类 with the 小类 residents may choose. */
    public record CategoryGroup(String code, String name, String nameEn, List<Category> subcategories) {
    }

    /** A 小类 and the extra questions it asks (answers go in a report's {@code answers}, by question code). */
    public record Category(String code, String name, String nameEn, List<Question> questions) {
        static Category of(CategoryView c) {
            return new Category(c.code(), c.nameZh(), c.nameEn(), c.questions().stream().map(Question::of).toList());
        }
    }

    /** An extra question: datatype string, number, text or singlevaluelist (then one of {@code values}). */
    public record Question(String code, String datatype, boolean required, String label, String labelEn,
                           List<Choice> values) {
        static Question of(Questions.Question q) {
            return new Question(q.code(), q.datatype(), q.required(), q.labelZh(), q.labelEn(),
                    q.values().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        }
    }

    public record Choice(String key, String name, String nameEn) {
    }

    /**
     * A new report as JSON (photos go as multipart/form-data). {@code website} is a trap for bots: leave
     * it out. With an e-mail contact the resident follows the case unless {@code follow} is false.
     */
    public record ReportRequest(String category, String description, String address, Double longitude,
                                Double latitude, String contact, String website, Boolean follow,
                                Map<String, String> answers) {
    }

    public record ReceiptResponse(String number, String accessCode, boolean repeated, String trackUrl) {
    }

    public record TrackRequest(String number, String code) {
    }

    public record RateRequest(String number, String code, Integer score, String comment) {
    }

    public record ReopenRequest(String number, String code, String reason) {
    }
}
