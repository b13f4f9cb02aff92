<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['receipt.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${t['receipt.heading']}"/></h1>
<c:choose>
<c:when test="${receipt.repeated()}">
<p class="notice" id="already-received"><c:out value="${t['receipt.repeated']}"/></p>
<dl class="receipt">
    <div><dt><c:out value="${t['receipt.number']}"/></dt><dd id="case-number"><c:out value="${receipt.number()}"/></dd></div>
</dl>
<form method="get" action="${ctx}/track">
    <input type="hidden" name="number" value="<c:out value='${receipt.number()}'/>">
    <button type="submit" class="button primary" id="open-tracking"><c:out value="${t['receipt.track']}"/></button>
</form>
</c:when>
<c:otherwise>
<dl class="receipt">
    <div><dt><c:out value="${t['receipt.number']}"/></dt><dd id="case-number"><c:out value="${receipt.number()}"/></dd></div>
    <div><dt><c:out value="${t['receipt.code']}"/></dt><dd id="access-code" class="code"><c:out value="${receipt.accessCode()}"/></dd></div>
</dl>
<p class="notice"><c:out value="${t['receipt.keep']}"/></p>
<form method="post" action="${ctx}/track">
    <input type="hidden" name="number" value="<c:out value='${receipt.number()}'/>">
    <input type="hidden" name="code" value="<c:out value='${receipt.accessCode()}'/>">
    <button type="submit" class="button primary" id="open-tracking"><c:out value="${t['receipt.track']}"/></button>
</form>
</c:otherwise>
</c:choose>
<%@ include file="_bottom.jspf" %>
