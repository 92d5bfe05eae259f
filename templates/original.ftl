<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A document's original-language text on a page of its own: documents/<id>.<lang>.html (zh for
  Chinese), written by OriginalPageWriter for every document that has an original.

  Readers get a page that shows the original alone and links to the translation; results of a
  search in Chinese link here. The original is indexed once, from the document page beside its
  translation (the search stage splits its Chinese into words), not from this page: the search
  bundles select no page whose name has a language infix. The data-pagefind-* attributes below
  are what a reader's own Pagefind run over the site would use.

  The model `doc`: title, url (the document page, site-relative), kind, number, date, iso, year,
  sortKey, sourceTitle, original {lang, languageName, title, dateline, page, column, paragraphs}.
  All plain text; the template escapes it.
-->
<#import "layout.ftl" as layout>
<#assign d = doc>
<#assign o = d.original>
<#assign heading = o.title?has_content?then(o.title, d.title)>
<@layout.page title=heading description="${o.languageName} original of: ${d.title}">
<article class="document original-page" lang="${o.lang}" data-pagefind-body data-pagefind-filter="language:${o.languageName}">
<header class="doc-header">
<p class="doc-kicker" lang="en" data-pagefind-ignore>Original (${o.languageName}) · ${d.kind}<#if d.number?has_content> · ${d.number}</#if></p>
<h1 data-pagefind-meta="title">${heading}</h1>
</header>
<dl class="doc-meta" lang="en" data-pagefind-ignore>
<div>
<dt>Translation</dt>
<dd><a href="${root}${d.url}" data-pagefind-meta="translation">${d.title}</a></dd>
</div>
<div>
<dt>Date</dt>
<dd data-pagefind-sort="oldest:${d.iso?has_content?then(d.sortKey?c, "99999999")}"><span hidden data-pagefind-sort="newest:${d.sortKey?c}"></span><#if d.iso?has_content><time datetime="${d.iso}" data-pagefind-meta="date:${d.iso}" data-pagefind-filter="year:${d.year}">${d.date}</time><#else>Undated</#if></dd>
</div>
<div>
<dt>Kind</dt>
<dd data-pagefind-filter="kind">${d.kind}</dd>
</div>
<#if d.number?has_content>
<div>
<dt>Number</dt>
<dd data-pagefind-meta="number">${d.number}</dd>
</div>
</#if>
<div>
<dt>Source</dt>
<dd><a href="${root}sources.html#source-${d.sourceId}" data-pagefind-filter="source">${d.sourceTitle}</a></dd>
</div>
</dl>
<#if o.dateline?has_content || o.page?has_content || o.column?has_content>
<p class="original-meta" data-pagefind-ignore><#list [o.dateline, o.page, o.column]?filter(x -> x?has_content) as part><span>${part}</span><#sep> </#list></p>
</#if>
<#list o.paragraphs as p>
<p>${p}</p>
</#list>
<#if d.gbt?has_content>
<section class="cite" aria-labelledby="h-cite" data-pagefind-ignore="all">
<h2 id="h-cite">引用 <span lang="en">(GB/T 7714-2015)</span></h2>
<p class="cite-gbt">${d.gbt}</p>
</section>
</#if>
</article>
</@layout.page>
