<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The frame every page shares: head, skip link, site header with the main navigation, main, footer.

  Use it from any page template:
    <#import "layout.ftl" as layout>
    <@layout.page title="Search" current="search" styles=["assets/search.css"] scripts=["assets/search.js"]>
      ... the page's content, with its one <h1> ...
    </@layout.page>

  Parameters
    title        the page's own title; <title> becomes "title · site title" (the home page passes site.title)
    current      which navigation entry is this page: home, chronology, search, sources, persons, archives,
                 or a content page's url (data.html for the data page)
    description  the meta description (defaults to site.description)
    styles       extra style sheets, site-relative paths (assets/x.css)
    scripts      extra scripts, site-relative paths, loaded with defer
    meta         extra <meta name content> pairs, a list of hashes {name, content}
    head         extra markup for <head> (captured with <#assign x>...</#assign>), e.g. citation metadata
  When the site's public address is known (site.url), every page gets a canonical link to its own
  address, from the data-model variable `pagePath` (the page's site-relative path), and prints it
  at its top (.print-address, shown only in print).
  Paths are site-relative; the layout puts the data-model variable `root` before them ("" at the
  top level, "../" in documents/), so every link stays relative and works from file:// and under
  any sub-path. It also reads `site` (title, description, hasSearch, hasData, menu, pages) from the data model.
  Every page links the Atom feed (feed.xml) for feed readers.
-->
<#macro page title current="" description="" styles=[] scripts=[] meta=[] head="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title == site.title>${title}<#else>${title} · ${site.title}</#if></title>
<#if description?has_content>
<meta name="description" content="${description}">
<#elseif site.description?has_content>
<meta name="description" content="${site.description}">
</#if>
<#list meta as m>
<meta name="${m.name}" content="${m.content}">
</#list>
<meta name="color-scheme" content="light dark">
<#if site.url?has_content && pagePath??>
<#-- the page's public address, as the sitemap gives it: a folder's index.html is the folder itself -->
<#assign address = (pagePath == "index.html" || pagePath?ends_with("/index.html"))?then(pagePath?remove_ending("index.html"), pagePath)>
<link rel="canonical" href="${site.url}${address?url_path('UTF-8')}">
</#if>
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${site.title}: documents (Atom feed)">
<link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}assets/site.css">
<#list styles as s>
<link rel="stylesheet" href="${root}${s}">
</#list>
<#list scripts as s>
<script src="${root}${s}" defer></script>
</#list>
<#if head?has_content>${head}</#if>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header" data-pagefind-ignore="all">
<div class="wrap">
<a class="site-title" href="${root}index.html">${site.title}</a>
<nav class="site-nav" aria-label="Main">
<ul>
<li><a href="${root}index.html"<@here current "home"/>>Home</a></li>
<li><a href="${root}chronology.html"<@here current "chronology"/>>Chronology</a></li>
<#if site.hasSearch>
<li><a href="${root}search.html"<@here current "search"/>>Search</a></li>
</#if>
<li><a href="${root}sources.html"<@here current "sources"/>>Sources</a></li>
<li><a href="${root}persons.html"<@here current "persons"/>>Persons</a></li>
<li><a href="${root}archives.html"<@here current "archives"/>>Archives</a></li>
<#if site.hasPlaces!false>
<li><a href="${root}places.html"<@here current "places"/>>Places</a></li>
</#if>
<#list site.menu as m>
<li><a href="${root}${m.url}"<@here current m.url/>>${m.label}</a></li>
</#list>
</ul>
</nav>
</div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
<#if address??>
<p class="print-address" data-pagefind-ignore>${site.url}${address?url_path('UTF-8')}</p>
</#if>
<#nested>
</div>
</main>
<footer class="site-footer" data-pagefind-ignore="all">
<div class="wrap">
<#if site.pages?has_content || site.hasData!false>
<nav aria-label="About the edition">
<ul>
<#list site.pages as p>
<li><a href="${root}${p.url}">${p.title}</a></li>
</#list>
<#if site.hasData!false>
<li><a href="${root}data.html"<@here current "data.html"/>>Data</a></li>
</#if>
</ul>
</nav>
</#if>
<p>${site.title}. A static edition: every document page names the seed file and lines it was read from.</p>
</div>
</footer>
</body>
</html>
</#macro>

<#-- aria-current="page" on the navigation entry of the page being shown -->
<#macro here current key><#if current == key> aria-current="page"</#if></#macro>
