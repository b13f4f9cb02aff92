<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['report.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${fmt.msg('report.heading', office.name())}"/></h1>
<c:choose>
<c:when test="${not open}"><p class="notice" role="status"><c:out value="${t['office.suspended']}"/></p></c:when>
<c:otherwise>
<c:if test="${not empty error}">
    <div class="notice error" role="alert" id="form-error"><p><c:out value="${t['error.form']}"/></p>
        <p><strong><c:out value="${error}"/></strong></p>
        <p><c:out value="${t['report.photos.again']}"/></p></div>
</c:if>
<form class="report" method="post" enctype="multipart/form-data" action="${ctx}/o/${office.code()}/report"
      data-office="${office.code()}" data-api="${ctx}/api/v1">
    <input type="hidden" name="idempotencyKey" value="<c:out value='${idempotencyKey}'/>">
    <label for="category"><c:out value="${t['report.category']}"/></label>
    <select id="category" name="category" required>
        <option value=""><c:out value="${t['report.category.choose']}"/></option>
        <c:forEach var="g" items="${groups}">
            <optgroup label="<c:out value='${lang.tag() == "en" ? g.main().nameEn() : g.main().nameZh()}'/>">
                <c:forEach var="s" items="${g.subs()}">
                    <option value="<c:out value='${s.code()}'/>" ${form['category'] == s.code() ? 'selected' : ''}><c:out value="${lang.tag() == 'en' ? s.nameEn() : s.nameZh()}"/></option>
                </c:forEach>
            </optgroup>
        </c:forEach>
    </select>

    <c:forEach var="g" items="${groups}">
        <c:forEach var="entry" items="${g.questions()}">
            <fieldset class="questions" data-category="<c:out value='${entry.key.code()}'/>">
                <legend><c:out value="${fmt.msg('report.questions', lang.tag() == 'en' ? entry.key.nameEn() : entry.key.nameZh())}"/></legend>
                <c:forEach var="q" items="${entry.value}">
                    <c:set var="field" value="q.${entry.key.code()}[${q.code()}]"/>
                    <label for="<c:out value='${field}'/>"><c:out value="${lang.tag() == 'en' ? q.labelEn() : q.labelZh()}"/><c:if test="${q.required()}"> *</c:if></label>
                    <c:choose>
                        <c:when test="${q.datatype() == 'singlevaluelist'}">
                            <select id="<c:out value='${field}'/>" name="<c:out value='${field}'/>">
                                <option value=""></option>
                                <c:forEach var="v" items="${q.values()}">
                                    <option value="<c:out value='${v.key}'/>" ${form[field] == v.key ? 'selected' : ''}><c:out value="${lang.tag() == 'en' ? v.value[1] : v.value[0]}"/></option>
                                </c:forEach>
                            </select>
                        </c:when>
                        <c:otherwise>
                            <input id="<c:out value='${field}'/>" name="<c:out value='${field}'/>" maxlength="100"
                                   ${q.datatype() == 'number' ? 'inputmode="decimal"' : ''} value="<c:out value='${form[field]}'/>">
                        </c:otherwise>
                    </c:choose>
                </c:forEach>
            </fieldset>
        </c:forEach>
    </c:forEach>

    <label for="description"><c:out value="${t['report.description']}"/></label>
    <p class="hint" id="description-hint"><c:out value="${t['report.description.hint']}"/></p>
    <textarea id="description" name="description" rows="5" maxlength="1000" required aria-describedby="description-hint"><c:out value="${form['description']}"/></textarea>

    <label for="address"><c:out value="${t['report.address']}"/></label>
    <p class="hint" id="address-hint"><c:out value="${t['report.address.hint']}"/></p>
    <input id="address" name="address" maxlength="200" value="<c:out value='${form["address"]}'/>" aria-describedby="address-hint">
    <input type="hidden" id="longitude" name="longitude" value="<c:out value='${form["longitude"]}'/>">
    <input type="hidden" id="latitude" name="latitude" value="<c:out value='${form["latitude"]}'/>">
    <button type="button" class="button small" id="locate" hidden
            data-found="<c:out value='${t["report.located"]}'/>" data-failed="<c:out value='${t["report.locate.failed"]}'/>"><c:out value="${t['report.locate']}"/></button>
    <p class="hint" id="located" role="status"></p>
    <c:if test="${not empty mapTiles}">
        <link rel="stylesheet" href="${ctx}/webjars/leaflet/1.9.4/dist/leaflet.css">
        <p class="hint" id="map-hint"><c:out value="${t['report.map']}"/></p>
        <div id="map" class="map" aria-describedby="map-hint" data-tiles="<c:out value='${mapTiles}'/>"
             data-attribution="<c:out value='${mapAttribution}'/>" data-bounds="<c:out value='${mapBounds}'/>"
             data-picked="<c:out value='${t["report.picked"]}'/>"></div>
        <script src="${ctx}/webjars/leaflet/1.9.4/dist/leaflet.js" defer></script>
    </c:if>

    <div id="nearby" class="nearby" hidden>
        <p><c:out value="${t['report.nearby']}"/></p>
        <ul></ul>
        <template id="nearby-item"><li><span class="text"></span>
            <form method="post"><button type="submit" class="button small"><c:out value="${t['office.support']}"/></button></form></li></template>
    </div>

    <label for="photo"><c:out value="${t['report.photos']}"/></label>
    <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" multiple>

    <label for="contact"><c:out value="${t['report.contact']}"/></label>
    <p class="hint" id="contact-hint"><c:out value="${t['report.contact.hint']}"/></p>
    <input id="contact" name="contact" maxlength="100" autocomplete="email" value="<c:out value='${form["contact"]}'/>" aria-describedby="contact-hint">

    <label class="choice"><input type="checkbox" name="follow" value="true" ${empty form or not empty form['follow'] ? 'checked' : ''}>
        <c:out value="${t['report.follow']}"/></label>

    <div class="trap" aria-hidden="true"><label for="website"><c:out value="${t['report.website']}"/></label>
        <input id="website" name="website" tabindex="-1" autocomplete="off"></div>

    <p class="hint"><c:out value="${t['report.privacy']}"/></p>
    <button type="submit" class="button primary"><c:out value="${t['report.submit']}"/></button>
</form>
<script src="${ctx}/js/report.js" defer></script>
</c:otherwise>
</c:choose>
<%@ include file="_bottom.jspf" %>
