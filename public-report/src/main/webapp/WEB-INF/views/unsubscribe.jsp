<%@ include file="_tags.jspf" %>
<c:set var="title" value="${t['unsubscribe.title']}"/>
<%@ include file="_top.jspf" %>
<h1><c:out value="${t['unsubscribe.title']}"/></h1>
<p class="notice ${done ? 'ok' : 'error'}" role="status"><c:out value="${done ? t['unsubscribe.done'] : t['unsubscribe.unknown']}"/></p>
<p><a href="${ctx}/"><c:out value="${t['error.home']}"/></a></p>
<%@ include file="_bottom.jspf" %>
