<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['receipt.title']}"/>
<%@ include file="_top.jspf" %>
<c:choose>
<c:when test="${empty receipt}">
<h1><c:out value="${t['receipt.gone.heading']}"/></h1>
<p class="notice" id="receipt-gone"><c:out value="${t['receipt.gone']}"/></p>
<p><a class="button primary" href="${ctx}/track"><c:out value="${t['home.track']}"/></a></p>
</c:when>
<c:otherwise>
<h1><c:out value="${t['receipt.heading']}"/></h1>
<p><c:out value="${fmt.msg('receipt.where', fmt.officeName(office))}"/></p>
<dl class="receipt">
    <div><dt><c:out value="${t['receipt.number']}"/></dt><dd id="case-number"><c:out value="${receipt.number()}"/></dd></div>
    <c:if test="${showCode}">
        <div><dt><c:out value="${t['receipt.code']}"/></dt><dd id="access-code" class="code"><c:out value="${receipt.accessCode()}"/></dd></div>
    </c:if>
</dl>
<c:choose>
    <c:when test="${showCode}"><p class="notice"><c:out value="${t['receipt.keep']}"/></p></c:when>
    <c:when test="${receipt.repeated()}"><p class="notice" id="already-received"><c:out value="${t['receipt.repeated']}"/></p></c:when>
    <c:otherwise><p class="notice" id="code-elsewhere"><c:out value="${t['receipt.elsewhere']}"/></p></c:otherwise>
</c:choose>
<h2><c:out value="${t['receipt.next']}"/></h2>
<ol class="steps">
    <li><c:out value="${t['receipt.next.1']}"/></li>
    <li><c:out value="${t['receipt.next.2']}"/></li>
    <li><c:out value="${t['receipt.next.3']}"/></li>
</ol>
<c:choose>
<c:when test="${showCode}">
<form method="post" action="${ctx}/track">
    <input type="hidden" name="number" value="<c:out value='${receipt.number()}'/>">
    <input type="hidden" name="code" value="<c:out value='${receipt.accessCode()}'/>">
    <button type="submit" class="button primary" id="open-tracking"><c:out value="${t['receipt.track']}"/></button>
</form>
</c:when>
<c:otherwise>
<form method="get" action="${ctx}/track">
    <input type="hidden" name="number" value="<c:out value='${receipt.number()}'/>">
    <button type="submit" class="button primary" id="open-tracking"><c:out value="${t['receipt.track']}"/></button>
</form>
</c:otherwise>
</c:choose>
<p><a href="${ctx}/o/${office.code()}"><c:out value="${fmt.msg('receipt.back', fmt.officeName(office))}"/></a></p>
</c:otherwise>
</c:choose>
<%@ include file="_bottom.jspf" %>
