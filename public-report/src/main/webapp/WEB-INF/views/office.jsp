<%@ include file="_tags.jspf" %>
<c:set var="title" value="${office.name()}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${office.name()}"/></h1>
<p class="meta"><c:out value="${office.district()}"/> · <c:out value="${t['kind.' += office.kind()]}"/></p>
<c:choose>
    <c:when test="${open}">
        <p><a class="button primary" href="${ctx}/o/${office.code()}/report"><c:out value="${t['office.report']}"/></a></p>
    </c:when>
    <c:otherwise><p class="notice" role="status"><c:out value="${t['office.suspended']}"/></p></c:otherwise>
</c:choose>
<c:if test="${supported}"><p class="notice ok" role="status"><c:out value="${t['office.supported']}"/></p></c:if>

<h2><c:out value="${t['office.stats']}"/></h2>
<dl class="stats">
    <div><dt><c:out value="${t['office.stats.month']}"/></dt><dd><c:out value="${fmt.number(stats.casesThisMonth())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.year']}"/></dt><dd><c:out value="${fmt.number(stats.casesThisYear())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.handled']}"/></dt><dd><c:out value="${fmt.percent(stats.handledShare())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.median']}"/></dt><dd><c:out value="${fmt.hours(stats.medianHoursToClose())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.satisfaction']}"/></dt><dd><c:out value="${fmt.score(stats.averageSatisfaction())}"/></dd></div>
</dl>

<h2><c:out value="${t['office.open']}"/></h2>
<c:choose>
    <c:when test="${empty cases}"><p class="empty"><c:out value="${t['office.open.none']}"/></p></c:when>
    <c:otherwise>
        <ul class="cases">
            <c:forEach var="p" items="${cases}">
                <li class="case">
                    <div class="head"><span class="category"><c:out value="${lang.tag() == 'en' ? p.categoryNameEn() : p.categoryName()}"/></span>
                        <span class="state s-${p.state()}"><c:out value="${t['state.' += p.state()]}"/></span></div>
                    <p class="text"><c:out value="${p.description()}"/></p>
                    <p class="meta"><c:out value="${p.address()}"/> · <c:out value="${fmt.when(p.reportedAt())}"/>
                        <c:if test="${p.supporters() > 0}"> · <c:out value="${fmt.msg('office.supporters', p.supporters())}"/></c:if></p>
                    <c:if test="${open}">
                        <form method="post" action="${ctx}/o/${office.code()}/support/${p.number()}">
                            <button type="submit" class="button small"><c:out value="${t['office.support']}"/></button>
                        </form>
                    </c:if>
                </li>
            </c:forEach>
        </ul>
    </c:otherwise>
</c:choose>
<p><a href="${ctx}/track"><c:out value="${t['home.track']}"/></a></p>
<%@ include file="_bottom.jspf" %>
