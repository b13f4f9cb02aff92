<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t[confirming ? 'follow.title' : 'unsubscribe.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${title}"/></h1>
<c:choose>
    <c:when test="${confirming and empty done}">
        <p><c:out value="${t['follow.ask']}"/></p>
        <form method="post" action="${ctx}/follow">
            <input type="hidden" name="o" value="<c:out value='${office}'/>">
            <input type="hidden" name="t" value="<c:out value='${token}'/>">
            <button type="submit" class="button primary" id="confirm-follow"><c:out value="${t['follow.confirm']}"/></button>
        </form>
    </c:when>
    <c:when test="${confirming}"><p class="notice ${done ? 'ok' : 'error'}" role="status"><c:out value="${done ? t['follow.done'] : t['follow.unknown']}"/></p></c:when>
    <c:otherwise><p class="notice ${done ? 'ok' : 'error'}" role="status"><c:out value="${done ? t['unsubscribe.done'] : t['unsubscribe.unknown']}"/></p></c:otherwise>
</c:choose>
<p><a href="${ctx}/"><c:out value="${t['error.home']}"/></a></p>
<%@ include file="_bottom.jspf" %>
