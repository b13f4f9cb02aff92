<%@ include file="_tags.jspf" %>
<c:set var="category" value="${lang.tag() == 'en' ? c.categoryNameEn() : c.categoryName()}"/>
<c:set var="title" value="${category} · ${c.number()}"/>
<%@ include file="_top.jspf" %>
<p class="crumbs"><a href="${ctx}/o/${office.code()}"><c:out value="${fmt.officeName(office)}"/></a></p>
<h1><c:out value="${category}"/></h1>
<p class="number"><c:out value="${c.number()}"/></p>
<c:if test="${supported == '1'}"><p class="notice ok" role="status" id="support-notice"><c:out value="${t['office.supported']}"/></p></c:if>
<c:if test="${supported == '0'}"><p class="notice" role="status" id="support-notice"><c:out value="${t['case.supported.already']}"/></p></c:if>
<c:if test="${followed == 'sent'}"><p class="notice ok" role="status"><c:out value="${t['case.follow.sent']}"/></p></c:if>
<c:if test="${followed == 'invalid'}"><p class="notice error" role="alert"><c:out value="${t['case.follow.invalid']}"/></p></c:if>
<section class="case-detail">
    <dl>
        <div><dt><c:out value="${t['track.state']}"/></dt><dd><span id="case-state" class="state s-${c.state()}"><c:out value="${t['state.' += c.state()]}"/></span></dd></div>
        <div><dt><c:out value="${t['track.place']}"/></dt><dd lang="zh-CN"><c:out value="${c.address()}"/></dd></div>
        <div><dt><c:out value="${t['track.description']}"/></dt><dd lang="zh-CN"><c:out value="${c.description()}"/></dd></div>
        <c:if test="${not empty c.unitName()}"><div><dt><c:out value="${t['track.unit']}"/></dt><dd lang="zh-CN"><c:out value="${c.unitName()}"/></dd></div></c:if>
        <div><dt><c:out value="${t['track.reported']}"/></dt><dd><c:out value="${fmt.when(c.reportedAt())}"/></dd></div>
        <c:if test="${not empty c.deadline() and not c.closed()}"><div><dt><c:out value="${t['track.deadline']}"/></dt><dd><c:out value="${fmt.when(c.deadline())}"/></dd></div></c:if>
        <div><dt><c:out value="${t['case.supporters']}"/></dt><dd id="supporters"><c:out value="${fmt.msg('case.supporters.count', c.supporters())}"/></dd></div>
    </dl>
</section>
<c:if test="${not empty c.longitude()}">
    <c:set var="mapMode" value="case"/>
    <c:set var="mapCase" value="${c.number()}"/>
    <div class="case-map" data-longitude="${c.longitude()}" data-latitude="${c.latitude()}">
    <%@ include file="_map.jspf" %>
    </div>
</c:if>
<h2><c:out value="${t['track.timeline']}"/></h2>
<%@ include file="_timeline.jspf" %>
<c:if test="${not empty c.photos()}">
    <h2><c:out value="${t['track.photos']}"/></h2>
    <div class="photos">
        <c:forEach var="p" items="${c.photos()}">
            <c:set var="caption" value="${t[p.step() == 'HANDLE' ? 'track.photo.handle' : 'track.photo.report']}"/>
            <figure><img src="${ctx}/api/v1/offices/${office.code()}/cases/${c.number()}/photos/${p.id()}" alt="<c:out value='${caption}'/>" loading="lazy">
                <figcaption><c:out value="${caption}"/></figcaption></figure>
        </c:forEach>
    </div>
</c:if>
<c:if test="${open and not c.closed()}">
    <section class="actions">
        <h2><c:out value="${t['case.metoo.title']}"/></h2>
        <form method="post" action="${ctx}/o/${office.code()}/cases/${c.number()}/support">
            <button type="submit" class="button" id="support"><c:out value="${t['office.support']}"/></button>
        </form>
        <c:if test="${canFollow}">
            <form class="follow-form" method="post" action="${ctx}/o/${office.code()}/cases/${c.number()}/follow">
                <label for="follow-email"><c:out value="${t['case.follow.email']}"/></label>
                <p class="hint" id="follow-hint"><c:out value="${t['case.follow.hint']}"/></p>
                <input id="follow-email" name="email" type="email" autocomplete="email" maxlength="100" required aria-describedby="follow-hint">
                <button type="submit" class="button"><c:out value="${t['case.follow.submit']}"/></button>
            </form>
        </c:if>
    </section>
</c:if>
<section class="reporter">
    <h2><c:out value="${t['case.reporter']}"/></h2>
    <form class="track" method="post" action="${ctx}/track">
        <input type="hidden" name="number" value="<c:out value='${c.number()}'/>">
        <label for="code"><c:out value="${t['track.code']}"/></label>
        <p class="hint" id="code-hint"><c:out value="${t['case.reporter.hint']}"/></p>
        <input id="code" name="code" required maxlength="20" autocapitalize="characters" autocomplete="off" aria-describedby="code-hint">
        <button type="submit" class="button"><c:out value="${t['track.submit']}"/></button>
    </form>
</section>
<%@ include file="_bottom.jspf" %>
