<#ftl output_format="HTML" strip_whitespace=true>
<#--
  One document: documents/<id>.html. The model `doc` is built by DocumentPageModel from the
  document and its precomputed links. doc.paragraphs, doc.footnotes[].html and doc.numberMarkHtml
  are HTML our code built from escaped text (reference links, note markers); all else is plain text.
  Search: the article is the Pagefind body; meta, filters and sort keys sit on the elements that show them.
  Two sort keys, because Pagefind drops a page without the key from sorted results: an undated page
  has oldest:99999999 and newest:0, so it comes last in both orders. An original that has a page of
  its own (documents/<id>.zh.html) is indexed here, with the translation, so that each document is
  indexed once (the search stage splits its Chinese into words for Pagefind); its meta tells the
  search page where the original's own page is, which results for a Chinese query link to.
-->
<#import "layout.ftl" as layout>
<#import "cite.ftl" as cite>
<#import "apparatus.ftl" as ap>
<#assign d = doc>
<#assign citeHead><#if d.cite??><@cite.head d.cite/></#if></#assign>
<@layout.page title=d.number?has_content?then(d.number + ": " + d.title, d.title) description=d.description
    scripts=(d.hasOriginal || d.footnotes?has_content)?then(["assets/document.js"], []) head=citeHead>
<nav class="breadcrumb" aria-label="Breadcrumb" data-pagefind-ignore="all">
<ol>
<li><a href="${root}index.html">Edition</a></li>
<li><a href="${root}sources/${d.sourceId}.html">${d.sourceTitle}</a></li>
<li aria-current="page">${d.crumb}</li>
</ol>
</nav>
<article class="document" data-pagefind-body data-pagefind-filter="language:English">
<header class="doc-header">
<p class="doc-kicker" data-pagefind-ignore>${d.kind}<#if d.number?has_content> · ${d.number}</#if></p>
<h1 data-pagefind-meta="title">${d.title}</h1>
<#if d.printedTitleHtml?has_content>
<p class="printed-title"><span data-editorial>Title as printed: </span>${d.printedTitleHtml?no_esc}</p>
</#if>
</header>
<dl class="doc-meta" data-pagefind-ignore>
<div>
<dt>Date</dt>
<dd data-pagefind-sort="oldest:${d.iso?has_content?then(d.sortKey?c, "99999999")}"><span hidden data-pagefind-sort="newest:${d.sortKey?c}"></span><#if d.iso?has_content><time datetime="${d.iso}" data-pagefind-meta="date:${d.iso}" data-pagefind-filter="year:${d.year}">${d.date}</time><#if d.precision?has_content> <span class="precision">(${d.precision})</span></#if><#else>Undated</#if></dd>
</div>
<#if d.head.sender?has_content>
<div>
<dt>From</dt>
<dd>${d.head.sender}</dd>
</div>
</#if>
<#if d.head.recipient?has_content>
<div>
<dt>To</dt>
<dd>${d.head.recipient}</dd>
</div>
</#if>
<#if d.head.place?has_content>
<div>
<dt>Place</dt>
<dd>${d.head.place}</dd>
</div>
</#if>
<div class="meta-kind">
<dt>Kind</dt>
<dd data-pagefind-filter="kind" data-pagefind-meta="kind">${d.kind}</dd>
</div>
<#if d.number?has_content>
<div>
<dt>Number</dt>
<dd><span data-pagefind-meta="number">${d.number}</span>${d.numberMarkHtml?no_esc}</dd>
</div>
</#if>
<div>
<dt>Source</dt>
<dd><a href="${root}sources/${d.sourceId}.html" data-pagefind-filter="source">${d.sourceTitle}</a></dd>
</div>
<#if d.printed?has_content>
<div>
<dt>Printed in</dt>
<dd>${d.printedHtml?no_esc}</dd>
</div>
</#if>
<#if d.archive?has_content>
<div>
<dt>Archive</dt>
<dd>${d.archiveHtml?no_esc}</dd>
</div>
<#if d.apparatus?? && d.apparatus.citation??><@ap.citationRows d.apparatus.citation/></#if>
</#if>
<#if d.author?has_content>
<div>
<dt>Author</dt>
<dd>${d.author}</dd>
</div>
</#if>
<#if d.page?has_content>
<div>
<dt>Newspaper page</dt>
<dd>${d.page}</dd>
</div>
</#if>
<#if d.statement?? && d.statement.translation?has_content>
<div>
<dt>English text</dt>
<dd class="statement">${d.statement.translation?remove_beginning("English: ")}</dd>
</div>
</#if>
<#if d.statement?? && d.statement.languageName?has_content && d.statement.language != "en">
<div>
<dt>Source language</dt>
<dd>${d.statement.languageName}</dd>
</div>
</#if>
<div>
<dt>Source file</dt>
<dd><span class="seed"><#list d.seedFile?split("_") as part>${part}<#sep>_<wbr></#list></span>, ${d.seedLines}</dd>
</div>
</dl>
<#if !d.textInSource>
<p class="notice">The text of this document is not printed in this source.</p>
</#if>
<#if d.paragraphs?has_content || d.hasOriginal>
<div class="texts<#if d.hasOriginal> bilingual</#if>" id="texts">
<#if d.paragraphs?has_content>
<section class="text text-translation" lang="en" aria-labelledby="h-text">
<h2 id="h-text">${d.textHeading}</h2>
<#list d.paragraphs as p>
<p>${p?no_esc}</p>
</#list>
</section>
</#if>
<#if d.hasOriginal>
<#assign o = d.original>
<#if d.originalUrl??>
<section class="text text-original" lang="${o.lang}" aria-labelledby="h-original" data-pagefind-filter="language:${o.languageName}" data-pagefind-meta="original:${d.originalUrl}">
<#else>
<section class="text text-original" lang="${o.lang}" aria-labelledby="h-original" data-pagefind-ignore>
</#if>
<h2 id="h-original" lang="en" data-pagefind-ignore<#if d.originalUrl??> data-pagefind-meta="original_lang:${o.lang}"</#if>>Original<#if o.languageName?has_content> (${o.languageName})</#if></h2>
<#if o.title?has_content>
<h3 class="original-title" data-pagefind-meta="original_title">${o.title}</h3>
</#if>
<#if o.dateline?has_content || o.page?has_content || o.column?has_content>
<p class="original-meta" data-pagefind-ignore><#list [o.dateline, o.page, o.column]?filter(x -> x?has_content) as part><span>${part}</span><#sep> </#list></p>
</#if>
<#if o.paragraphsHtml??>
<#list o.paragraphsHtml as p>
<p>${p?no_esc}</p>
</#list>
<#else>
<#list o.paragraphs as p>
<p>${p}</p>
</#list>
</#if>
<#if d.originalUrl??>
<p class="original-link" lang="en" data-pagefind-ignore><a href="${root}${d.originalUrl}">The ${o.languageName} original on a page of its own</a></p>
</#if>
</section>
</#if>
</div>
</#if>
<#if d.footnotes?has_content>
<section class="notes" aria-labelledby="h-notes">
<h2 id="h-notes">Notes</h2>
<ol class="footnotes">
<#list d.footnotes as n>
<li id="${n.id}"><span class="fn-marker" data-pagefind-ignore>${n.marker}</span> ${n.html?no_esc}<#if n.backrefs?size == 1> <a class="fn-back" href="#${n.backrefs[0]}" aria-label="Back to note ${n.ordinal} in the text" data-pagefind-ignore>↩</a><#elseif n.backrefs?size gt 1> <span class="fn-backs" data-pagefind-ignore>↩<#list n.backrefs as b> <a class="fn-back" href="#${b}" aria-label="Back to note ${n.ordinal} in the text, citation ${b?counter} of ${n.backrefs?size}">${b?counter?lower_abc}</a></#list></span></#if></li>
</#list>
</ol>
</section>
</#if>
<#if d.corrections?has_content>
<section class="corrections" aria-labelledby="h-corrections" data-pagefind-ignore>
<h2 id="h-corrections">Editorial corrections</h2>
<p class="muted">The text above gives the editors' reading; the source prints otherwise here (seed ${d.seedFile}):</p>
<ul>
<#list d.corrections as c>
<li><span class="muted">line ${c.line?c}:</span> <q class="sic-form">${c.printed}</q> → <#if c.corrected?has_content><q>${c.corrected}</q><#else>left out</#if><#if c.note?has_content>. ${c.note}</#if></li>
</#list>
</ul>
</section>
</#if>
<#if d.glossary?has_content>
<section class="glossary" aria-labelledby="h-glossary">
<h2 id="h-glossary">Names in the original</h2>
<ul class="glossary-list">
<#list d.glossary as g>
<li><span class="glossary-original"<#if d.glossaryLang?has_content> lang="${d.glossaryLang}"</#if> data-pagefind-ignore>${g.original}</span><#if g.rendering?has_content> <span class="muted">·</span> ${g.rendering}</#if></li>
</#list>
</ul>
</section>
</#if>
<#if d.citedBy?has_content>
<section class="cited-by" aria-labelledby="h-cited" data-pagefind-ignore>
<h2 id="h-cited">Cited by</h2>
<ul>
<#list d.citedBy as c>
<li><a href="${root}${c.url}">${c.title}</a> <span class="muted"><#if c.number?has_content>${c.number}, </#if>${c.date}</span></li>
</#list>
</ul>
</section>
</#if>
<#if d.apparatus??><@ap.documentSections d.apparatus/></#if>
<#if d.cite??><@cite.section d.cite/></#if>
</article>
<#if d.previous?? || d.next??>
<nav class="prev-next" aria-label="Previous and next document by date" data-pagefind-ignore="all">
<ul>
<#if d.previous??>
<li class="prev"><a rel="prev" href="${root}${d.previous.url}"><span class="pn-dir">Previous</span> <span class="pn-title">${d.previous.title}</span> <span class="pn-date">${d.previous.date}</span></a></li>
</#if>
<#if d.next??>
<li class="next"><a rel="next" href="${root}${d.next.url}"><span class="pn-dir">Next</span> <span class="pn-title">${d.next.title}</span> <span class="pn-date">${d.next.date}</span></a></li>
</#if>
</ul>
</nav>
</#if>
<#if d.previousInSource?? || d.nextInSource??>
<nav class="prev-next prev-next-source" aria-label="Previous and next document in ${d.sourceTitle}" data-pagefind-ignore="all">
<ul>
<#if d.previousInSource??>
<li class="prev"><a href="${root}${d.previousInSource.url}"><span class="pn-dir">Previous in the source</span> <span class="pn-title"><#if d.previousInSource.number?has_content>${d.previousInSource.number}: </#if>${d.previousInSource.title}</span> <span class="pn-date">${d.previousInSource.date}</span></a></li>
</#if>
<#if d.nextInSource??>
<li class="next"><a href="${root}${d.nextInSource.url}"><span class="pn-dir">Next in the source</span> <span class="pn-title"><#if d.nextInSource.number?has_content>${d.nextInSource.number}: </#if>${d.nextInSource.title}</span> <span class="pn-date">${d.nextInSource.date}</span></a></li>
</#if>
</ul>
</nav>
</#if>
</@layout.page>
