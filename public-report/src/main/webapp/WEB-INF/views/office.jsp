<%@ include file="_tags.jspf" %>
<c:set var="title" value="${fmt.officeName(office)}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${fmt.officeName(office)}"/><c:if test="${lang.tag() == 'en'}"> <span lang="zh-CN" class="zh"><c:out value="${office.name()}"/></span></c:if></h1>
<p class="meta"><c:out value="${fmt.place(office.district())}"/> · <c:out value="${t['kind.' += office.kind()]}"/></p>
<c:choose>
    <c:when test="${open}">
        <p><a class="button primary" href="${ctx}/o/${office.code()}/report"><c:out value="${t['office.report']}"/></a></p>
    </c:when>
    <c:otherwise><p class="notice" role="status"><c:out value="${t['office.suspended']}"/></p></c:otherwise>
</c:choose>

<h2><c:out value="${t['office.stats']}"/></h2>
<dl class="stats">
    <div><dt><c:out value="${t['office.stats.month']}"/></dt><dd><c:out value="${fmt.number(stats.casesThisMonth())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.year']}"/></dt><dd><c:out value="${fmt.number(stats.casesThisYear())}"/></dd></div>
    <div><dt><c:out value="${t['office.stats.handled']}"/></dt>
        <c:choose><c:when test="${fmt.enough(stats.casesThisYear())}"><dd><c:out value="${fmt.percent(stats.handledShare())}"/></dd>
            <dd class="base"><c:out value="${fmt.msg('office.stats.base.closed', stats.closedThisYear(), stats.casesThisYear())}"/></dd></c:when>
        <c:otherwise><dd class="few"><c:out value="${fmt.few('office.stats.few', stats.casesThisYear())}"/></dd></c:otherwise></c:choose></div>
    <div><dt><c:out value="${t['office.stats.median']}"/></dt>
        <c:choose><c:when test="${fmt.enough(stats.closedThisYear())}"><dd><c:out value="${fmt.hours(stats.medianHoursToClose())}"/></dd>
            <dd class="base"><c:out value="${fmt.msg('office.stats.base.cases', stats.closedThisYear())}"/></dd></c:when>
        <c:otherwise><dd class="few"><c:out value="${fmt.few('office.stats.few.closed', stats.closedThisYear())}"/></dd></c:otherwise></c:choose></div>
    <div><dt><c:out value="${t['office.stats.satisfaction']}"/></dt>
        <c:choose><c:when test="${fmt.enough(stats.ratings())}"><dd><c:out value="${fmt.score(stats.averageSatisfaction())}"/></dd>
            <dd class="base"><c:out value="${fmt.msg('office.stats.base.ratings', stats.ratings())}"/></dd></c:when>
        <c:otherwise><dd class="few"><c:out value="${fmt.few('office.stats.few.ratings', stats.ratings())}"/></dd></c:otherwise></c:choose></div>
</dl>

<h2 class="map-hint" hidden><c:out value="${t['office.map']}"/></h2>
<c:set var="mapMode" value="office"/>
<%@ include file="_map.jspf" %>
<p class="hint map-hint" hidden><c:out value="${t['office.map.hint']}"/></p>

<h2><c:out value="${t['office.open']}"/></h2>
<p class="hint"><c:out value="${t['office.open.hint']}"/></p>
<c:choose>
    <c:when test="${empty cases}"><p class="empty"><c:out value="${t['office.open.none']}"/></p></c:when>
    <c:otherwise>
        <ul class="cases">
            <c:forEach var="p" items="${cases}">
                <li class="case">
                    <a class="case-link" href="${ctx}/o/${office.code()}/cases/${p.number()}">
                    <span class="head"><span class="category"><c:out value="${lang.tag() == 'en' ? p.categoryNameEn() : p.categoryName()}"/></span>
                        <span class="state s-${p.state()}"><c:out value="${t['state.' += p.state()]}"/></span></span>
                    <span class="text" lang="zh-CN"><c:out value="${p.description()}"/></span>
                    <span class="meta"><span lang="zh-CN"><c:out value="${p.address()}"/></span> · <c:out value="${fmt.when(p.reportedAt())}"/>
                        <c:if test="${p.supporters() > 0}"> · <c:out value="${fmt.msg('office.supporters', p.supporters())}"/></c:if></span>
                    </a>
                </li>
            </c:forEach>
        </ul>
    </c:otherwise>
</c:choose>
<p><a class="button" href="${ctx}/track"><c:out value="${t['home.track']}"/></a></p>
<%@ include file="_bottom.jspf" %>
