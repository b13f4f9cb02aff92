<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['report.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${fmt.msg('report.heading', fmt.officeName(office))}"/></h1>
<c:choose>
<c:when test="${not open}"><p class="notice" role="status"><c:out value="${t['office.suspended']}"/></p></c:when>
<c:otherwise>
<c:if test="${not empty refused}">
    <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title"><c:out value="${t['error.form']}"/></h2>
        <ul>
            <c:forEach var="r" items="${refused}">
                <li><c:choose><c:when test="${not empty r.field()}"><a href="#<c:out value='${r.field()}'/>"><c:out value="${r.message()}"/></a></c:when>
                    <c:otherwise><c:out value="${r.message()}"/></c:otherwise></c:choose></li>
            </c:forEach>
        </ul>
        <p class="hint"><c:out value="${t['report.kept']}"/></p>
    </div>
</c:if>
<form class="report" method="post" enctype="multipart/form-data" action="${ctx}/o/${office.code()}/report" novalidate
      data-office="${office.code()}" data-api="${ctx}/api/v1" data-cases="${ctx}/o/${office.code()}/cases/">
    <input type="hidden" name="idempotencyKey" value="<c:out value='${idempotencyKey}'/>">

    <c:set var="e" value="${errors['category']}"/>
    <div class="field${empty e ? '' : ' invalid'}">
        <label for="category"><c:out value="${t['report.category']}"/> <span class="req"><c:out value="${t['form.required']}"/></span></label>
        <c:if test="${not empty e}"><p class="field-error" id="category-error"><c:out value="${e}"/></p></c:if>
        <select id="category" name="category" required<c:if test="${not empty e}"> aria-invalid="true" aria-describedby="category-error"</c:if>>
            <option value=""><c:out value="${t['report.category.choose']}"/></option>
            <c:forEach var="g" items="${groups}">
                <optgroup label="<c:out value='${lang.tag() == "en" ? g.main().nameEn() : g.main().nameZh()}'/>">
                    <c:forEach var="s" items="${g.subs()}">
                        <option value="<c:out value='${s.code()}'/>" ${form['category'] == s.code() ? 'selected' : ''}><c:out value="${lang.tag() == 'en' ? s.nameEn() : s.nameZh()}"/></option>
                    </c:forEach>
                </optgroup>
            </c:forEach>
        </select>
    </div>

    <c:forEach var="g" items="${groups}">
        <c:forEach var="entry" items="${g.questions()}">
            <fieldset class="questions" data-category="<c:out value='${entry.key.code()}'/>">
                <legend><c:out value="${fmt.msg('report.questions', lang.tag() == 'en' ? entry.key.nameEn() : entry.key.nameZh())}"/></legend>
                <c:forEach var="q" items="${entry.value}">
                    <c:set var="field" value="q.${entry.key.code()}[${q.code()}]"/>
                    <c:set var="e" value="${errors[field]}"/>
                    <div class="field${empty e ? '' : ' invalid'}">
                    <label for="<c:out value='${field}'/>"><c:out value="${lang.tag() == 'en' ? q.labelEn() : q.labelZh()}"/><c:if test="${q.required()}"> <span class="req"><c:out value="${t['form.required']}"/></span></c:if></label>
                    <c:if test="${not empty e}"><p class="field-error" id="<c:out value='${field}'/>-error"><c:out value="${e}"/></p></c:if>
                    <c:choose>
                        <c:when test="${q.datatype() == 'singlevaluelist'}">
                            <select id="<c:out value='${field}'/>" name="<c:out value='${field}'/>"<c:if test="${not empty e}"> aria-invalid="true" aria-describedby="<c:out value='${field}'/>-error"</c:if>>
                                <option value=""></option>
                                <c:forEach var="v" items="${q.values()}">
                                    <option value="<c:out value='${v.key}'/>" ${form[field] == v.key ? 'selected' : ''}><c:out value="${lang.tag() == 'en' ? v.value[1] : v.value[0]}"/></option>
                                </c:forEach>
                            </select>
                        </c:when>
                        <c:otherwise>
                            <input id="<c:out value='${field}'/>" name="<c:out value='${field}'/>" maxlength="100"
                                   ${q.datatype() == 'number' ? 'inputmode="decimal"' : ''} value="<c:out value='${form[field]}'/>"<c:if test="${not empty e}"> aria-invalid="true" aria-describedby="<c:out value='${field}'/>-error"</c:if>>
                        </c:otherwise>
                    </c:choose>
                    </div>
                </c:forEach>
            </fieldset>
        </c:forEach>
    </c:forEach>

    <c:set var="e" value="${errors['description']}"/>
    <div class="field${empty e ? '' : ' invalid'}">
        <label for="description"><c:out value="${t['report.description']}"/> <span class="req"><c:out value="${t['form.required']}"/></span></label>
        <p class="hint" id="description-hint"><c:out value="${t['report.description.hint']}"/></p>
        <c:if test="${not empty e}"><p class="field-error" id="description-error"><c:out value="${e}"/></p></c:if>
        <textarea id="description" name="description" rows="5" maxlength="1000" required
                  aria-describedby="description-hint${empty e ? '' : ' description-error'}"<c:if test="${not empty e}"> aria-invalid="true"</c:if>><c:out value="${form['description']}"/></textarea>
    </div>

    <c:set var="e" value="${errors['address']}"/>
    <div class="field${empty e ? '' : ' invalid'}">
        <label for="address"><c:out value="${t['report.address']}"/> <span class="req"><c:out value="${t['form.required']}"/></span></label>
        <p class="hint" id="address-hint"><c:out value="${t['report.address.hint']}"/></p>
        <c:if test="${not empty e}"><p class="field-error" id="address-error"><c:out value="${e}"/></p></c:if>
        <input id="address" name="address" maxlength="200" value="<c:out value='${form["address"]}'/>"
               aria-describedby="address-hint${empty e ? '' : ' address-error'}"<c:if test="${not empty e}"> aria-invalid="true"</c:if>>
        <input type="hidden" id="longitude" name="longitude" value="<c:out value='${form["longitude"]}'/>">
        <input type="hidden" id="latitude" name="latitude" value="<c:out value='${form["latitude"]}'/>">
        <c:set var="mapMode" value="pick"/>
        <%@ include file="_map.jspf" %>
        <p class="hint map-hint" id="map-hint" hidden><c:out value="${t['report.map']}"/></p>
        <button type="button" class="button" id="locate" hidden
                data-found="<c:out value='${t["report.located"]}'/>" data-failed="<c:out value='${t["report.locate.failed"]}'/>"><c:out value="${t['report.locate']}"/></button>
        <p class="hint" id="located" role="status" data-picked="<c:out value='${t["report.picked"]}'/>"><c:if test="${not empty form['latitude']}"><c:out value="${fmt.msg('report.picked', form['latitude'] += ', ' += form['longitude'])}"/></c:if></p>
    </div>

    <div id="nearby" class="nearby" hidden aria-live="polite"
         data-counted="<c:out value='${t["office.supported"]}'/>" data-already="<c:out value='${t["case.supported.already"]}'/>" data-failed="<c:out value='${t["report.nearby.failed"]}'/>">
        <h2><c:out value="${t['report.nearby.title']}"/></h2>
        <p><c:out value="${t['report.nearby']}"/></p>
        <ul></ul>
        <template id="nearby-item"><li><a class="text" href="#"></a>
            <button type="button" class="button support"><c:out value="${t['office.support']}"/></button>
            <p class="supported" role="status" hidden></p>
            <div class="follow" hidden><label><c:out value="${t['case.follow.email']}"/><input type="email" autocomplete="email"></label>
                <button type="button" class="button"><c:out value="${t['case.follow.submit']}"/></button><p class="follow-result" role="status"></p></div></li></template>
        <p class="hint"><c:out value="${t['report.nearby.still']}"/></p>
    </div>

    <c:set var="e" value="${errors['photo']}"/>
    <div class="field${empty e ? '' : ' invalid'}">
        <label for="photo"><c:out value="${t['report.photos']}"/></label>
        <c:if test="${not empty e}"><p class="field-error" id="photo-error"><c:out value="${e}"/></p></c:if>
        <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" multiple<c:if test="${not empty e}"> aria-invalid="true" aria-describedby="photo-error"</c:if>>
    </div>

    <c:set var="e" value="${errors['contact']}"/>
    <div class="field${empty e ? '' : ' invalid'}">
        <label for="contact"><c:out value="${t['report.contact']}"/></label>
        <p class="hint" id="contact-hint"><c:out value="${t['report.contact.hint']}"/></p>
        <c:if test="${not empty e}"><p class="field-error" id="contact-error"><c:out value="${e}"/></p></c:if>
        <input id="contact" name="contact" maxlength="100" autocomplete="email" value="<c:out value='${form["contact"]}'/>"
               aria-describedby="contact-hint${empty e ? '' : ' contact-error'}"<c:if test="${not empty e}"> aria-invalid="true"</c:if>>
    </div>

    <label class="choice"><input type="checkbox" name="follow" value="true" ${fresh or not empty form['follow'] ? 'checked' : ''}>
        <span><c:out value="${t['report.follow']}"/></span></label>

    <div class="trap" aria-hidden="true"><label for="website"><c:out value="${t['report.website']}"/></label>
        <input id="website" name="website" tabindex="-1" autocomplete="off"></div>

    <p class="hint"><c:out value="${t['report.privacy']}"/></p>
    <button type="submit" class="button primary"><c:out value="${t['report.submit']}"/></button>
</form>
<script src="${ctx}/js/report.js" defer></script>
</c:otherwise>
</c:choose>
<%@ include file="_bottom.jspf" %>
