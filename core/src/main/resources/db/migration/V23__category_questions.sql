-- The extra questions a 小类 asks the reporter (Open311 attributes), now each street office's own:
-- they start as the default catalogue's (catalogue/questions.csv) and the office's admin changes them.
CREATE TABLE category_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(32)  NOT NULL,
    category_id BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    datatype    VARCHAR(16)  NOT NULL,
    required    BOOLEAN      NOT NULL,
    position    INT          NOT NULL,
    label_zh    VARCHAR(32)  NOT NULL,
    label_en    VARCHAR(64)  NOT NULL,
    value_list  VARCHAR(1000) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_question UNIQUE (tenant_id, category_id, code),
    CONSTRAINT fk_category_question_category FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the existing offices get the defaults they were answering until now
INSERT INTO category_question (tenant_id, category_id, code, datatype, required, position, label_zh, label_en, value_list)
SELECT c.tenant_id, c.id, q.code, q.datatype, q.required, q.position, q.label_zh, q.label_en, q.value_list
FROM category c JOIN (
    SELECT '0801' AS category, 'plate' AS code, 'string' AS datatype, FALSE AS required, 1 AS position,
           '车牌号' AS label_zh, 'Licence plate' AS label_en, NULL AS value_list
    UNION ALL SELECT '0801', 'vehicle', 'singlevaluelist', TRUE, 2, '车辆类型', 'Kind of vehicle',
           'car=小汽车=Car|truck=货车=Truck|bus=大客车=Bus|other=其他=Other'
    UNION ALL SELECT '0601', 'people', 'number', FALSE, 1, '人数', 'How many people', NULL) q
ON c.code = q.category;
