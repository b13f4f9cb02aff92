<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="${lang.tag()}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:out value="${t['error.'.concat(kind).concat('.title')]}"/></title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/css/site.css">
</head>
<body>
<header class="bar">
    <div class="brand"><strong><c:out value="${t['site.name']}"/></strong>
        <span><c:out value="${t['site.tagline']}"/></span></div>
</header>
<main>
    <h1><c:out value="${t['error.'.concat(kind).concat('.title')]}"/></h1>
    <p><c:out value="${t['error.'.concat(kind).concat('.text')]}"/></p>
    <p><a href="${pageContext.request.contextPath}/"><c:out value="${t['error.home']}"/></a></p>
</main>
</body>
</html>
