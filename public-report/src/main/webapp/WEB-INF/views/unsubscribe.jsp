<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t[confirming ? 'follow.title' : 'unsubscribe.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${title}"/></h1>
<c:choose>
    <c:when test="${confirming}"><p class="notice ${done ? 'ok' : 'error'}" role="status"><c:out value="${done ? t['follow.done'] : t['follow.unknown']}"/></p></c:when>
    <c:otherwise><p class="notice ${done ? 'ok' : 'error'}" role="status"><c:out value="${done ? t['unsubscribe.done'] : t['unsubscribe.unknown']}"/></p></c:otherwise>
</c:choose>
<p><a href="${ctx}/"><c:out value="${t['error.home']}"/></a></p>
<%@ include file="_bottom.jspf" %>
