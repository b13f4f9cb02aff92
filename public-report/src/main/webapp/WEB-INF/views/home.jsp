<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="${lang.tag()}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:out value="${t['home.title']}"/></title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/css/site.css">
</head>
<body>
<a class="skip" href="#main"><c:out value="${t['site.skip']}"/></a>
<header class="bar">
    <div class="brand"><strong><c:out value="${t['site.name']}"/></strong>
        <span><c:out value="${t['site.tagline']}"/></span></div>
    <a class="lang" href="?lang=${t['lang.other.code']}" hreflang="${t['lang.other.code']}" lang="${t['lang.other.code']}"><c:out value="${t['lang.other']}"/></a>
</header>
<main id="main" tabindex="-1">
    <h1><c:out value="${t['home.heading']}"/></h1>
    <p class="intro"><c:out value="${t['home.intro']}"/></p>
    <p><a class="button" href="${pageContext.request.contextPath}/track"><c:out value="${t['home.track']}"/></a></p>
    <h2><c:out value="${t['home.offices']}"/></h2>
    <p class="hint"><c:out value="${t['home.choose']}"/></p>
    <p><button type="button" class="button" id="find-office" hidden data-api="${pageContext.request.contextPath}/api/v1"
               data-failed="<c:out value='${t["home.find.failed"]}'/>"><c:out value="${t['home.find']}"/></button>
        <span class="hint" id="find-result" role="status"></span></p>
    <c:choose>
        <c:when test="${empty offices}">
            <p class="empty"><c:out value="${t['home.offices.none']}"/></p>
        </c:when>
        <c:otherwise>
            <ul class="offices">
                <c:forEach var="office" items="${offices}">
                    <li class="office" data-code="<c:out value='${office.code()}'/>">
                        <a href="${pageContext.request.contextPath}/o/${office.code()}">
                            <span class="name"><c:out value="${fmt.officeName(office)}"/><c:if test="${lang.tag() == 'en'}"> <span lang="zh-CN" class="zh"><c:out value="${office.name()}"/></span></c:if></span>
                            <span class="meta"><c:out value="${fmt.place(office.district())}"/> · <c:out value="${t['kind.' += office.kind()]}"/></span>
                        </a>
                    </li>
                </c:forEach>
            </ul>
        </c:otherwise>
    </c:choose>
</main>
<footer><c:out value="${t['footer.text']}"/></footer>
<script src="${pageContext.request.contextPath}/js/home.js" defer></script>
</body>
</html>
