<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['track.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${t['track.heading']}"/></h1>
<c:if test="${not empty error}"><p class="notice error" role="alert"><c:out value="${error}"/></p></c:if>
<c:choose>
<c:when test="${empty c}">
<form class="track" method="post" action="${ctx}/track">
    <label for="number"><c:out value="${t['track.number']}"/></label>
    <input id="number" name="number" required maxlength="40" autocapitalize="characters" value="<c:out value='${number}'/>">
    <label for="code"><c:out value="${t['track.code']}"/></label>
    <input id="code" name="code" required maxlength="20" autocapitalize="characters" autocomplete="off">
    <button type="submit" class="button primary"><c:out value="${t['track.submit']}"/></button>
</form>
</c:when>
<c:otherwise>
<c:if test="${done == 'rate'}"><p class="notice ok" role="status"><c:out value="${t['track.done.rate']}"/></p></c:if>
<c:if test="${done == 'reopen'}"><p class="notice ok" role="status"><c:out value="${t['track.done.reopen']}"/></p></c:if>
<section class="case-detail">
    <p class="number"><c:out value="${c.number()}"/></p>
    <dl>
        <div><dt><c:out value="${t['track.state']}"/></dt><dd><span id="case-state" class="state s-${c.state()}"><c:out value="${t['state.' += c.state()]}"/></span></dd></div>
        <div><dt><c:out value="${t['track.category']}"/></dt><dd><c:out value="${lang.tag() == 'en' ? c.categoryNameEn() : c.categoryName()}"/></dd></div>
        <div><dt><c:out value="${t['track.place']}"/></dt><dd lang="zh-CN"><c:out value="${c.address()}"/></dd></div>
        <div><dt><c:out value="${t['track.description']}"/></dt><dd lang="zh-CN"><c:out value="${c.description()}"/></dd></div>
        <c:if test="${not empty c.unitName()}"><div><dt><c:out value="${t['track.unit']}"/></dt><dd lang="zh-CN"><c:out value="${c.unitName()}"/></dd></div></c:if>
        <c:if test="${not empty c.deadline() and not c.closed()}"><div><dt><c:out value="${t['track.deadline']}"/></dt><dd><c:out value="${fmt.when(c.deadline())}"/></dd></div></c:if>
        <div><dt><c:out value="${t['track.reported']}"/></dt><dd><c:out value="${fmt.when(c.reportedAt())}"/></dd></div>
        <c:if test="${not empty c.satisfaction()}"><div><dt><c:out value="${t['track.rate.score']}"/></dt><dd><c:out value="${fmt.msg('track.rated', c.satisfaction())}"/></dd></div></c:if>
    </dl>
</section>
<c:choose>
    <c:when test="${c.state() == 'REPORTED'}"><p class="hint" id="not-public"><c:out value="${t['track.notPublic']}"/></p></c:when>
    <c:when test="${not empty publicPage}"><p><a href="${publicPage}" id="public-page"><c:out value="${t['track.publicPage']}"/></a></p></c:when>
</c:choose>
<h2><c:out value="${t['track.timeline']}"/></h2>
<%@ include file="_timeline.jspf" %>
<c:if test="${not empty c.photos()}">
    <h2><c:out value="${t['track.photos']}"/></h2>
    <div class="photos">
        <c:forEach var="p" items="${c.photos()}" varStatus="i">
            <figure><img src="${photoLinks[i.index]}" alt="<c:out value='${t[p.step() == "HANDLE" ? "track.photo.handle" : "track.photo.report"]}'/>" loading="lazy">
                <figcaption><c:out value="${t[p.step() == 'HANDLE' ? 'track.photo.handle' : 'track.photo.report']}"/></figcaption></figure>
        </c:forEach>
    </div>
</c:if>
<c:if test="${c.canRate()}">
<form class="rate" method="post" action="${ctx}/track">
    <h2><c:out value="${t['track.rate']}"/></h2>
    <p class="hint"><c:out value="${t['track.rate.hint']}"/></p>
    <input type="hidden" name="action" value="rate">
    <input type="hidden" name="number" value="<c:out value='${c.number()}'/>">
    <input type="hidden" name="code" value="<c:out value='${code}'/>">
    <fieldset><legend><c:out value="${t['track.rate.score']}"/></legend>
        <c:forEach var="n" begin="1" end="5">
            <label class="choice"><input type="radio" name="score" value="${n}" required> <c:out value="${t['score.' += n]}"/></label>
        </c:forEach>
    </fieldset>
    <label for="comment"><c:out value="${t['track.rate.comment']}"/></label>
    <textarea id="comment" name="comment" rows="3" maxlength="500"></textarea>
    <button type="submit" class="button primary"><c:out value="${t['track.rate.submit']}"/></button>
</form>
</c:if>
<c:if test="${c.canReopen()}">
<form class="reopen" method="post" action="${ctx}/track">
    <h2><c:out value="${t['track.reopen']}"/></h2>
    <input type="hidden" name="action" value="reopen">
    <input type="hidden" name="number" value="<c:out value='${c.number()}'/>">
    <input type="hidden" name="code" value="<c:out value='${code}'/>">
    <label for="reason"><c:out value="${t['track.reopen.reason']}"/></label>
    <textarea id="reason" name="reason" rows="3" maxlength="500" required></textarea>
    <button type="submit" class="button"><c:out value="${t['track.reopen.submit']}"/></button>
</form>
</c:if>
</c:otherwise>
</c:choose>
<%@ include file="_bottom.jspf" %>
