<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Macros the apparatus pages share (persons, archives, sources) and the apparatus parts of a
  document page. Import it: <#import "apparatus.ftl" as ap>.
  Document summaries carry: url (site-relative), title, date, iso, number, kind, source, sourceId.
-->

<#-- One document in a list: date, linked title, number and source. -->
<#macro docItem d extra="" sentence="">
<li><span class="entry-date"><#if d.iso?has_content><time datetime="${d.iso}">${d.date}</time><#else>${d.date}</#if></span> <a href="${root}${d.url}">${d.title}</a> <span class="entry-meta"><#if d.number?has_content>${d.number} · </#if>${d.source}<#if extra?has_content> · ${extra}</#if></span><#if sentence?has_content><br><q class="mention">${sentence}</q></#if></li>
</#macro>

<#-- The pages of a long list (paging: page, pages, first, last, previous, next, links): where this
     page's entries stand in the whole, and links to the others. Nothing when the list fits one page. -->
<#macro pager paging label>
<#if paging.pages gt 1>
<nav class="pager" aria-label="${label}">
<span class="muted">Entries ${paging.first}–${paging.last}:</span>
<#if paging.previous?has_content><a rel="prev" href="${root}${paging.previous}">← Previous</a></#if>
<#list paging.links as l><#if l.current><span aria-current="page">${l.label}</span><#else><a href="${root}${l.url}">${l.label}</a></#if></#list>
<#if paging.next?has_content><a rel="next" href="${root}${paging.next}">Next →</a></#if>
</nav>
</#if>
</#macro>

<#-- " (page 2 of 5)" after a paged list's title; nothing on its first page. -->
<#function pageSuffix paging>
<#return (paging.page gt 1)?then(" (page " + paging.page + " of " + paging.pages + ")", "")>
</#function>

<#-- The citation in parts, as rows of the document's metadata list (an editorial reading, hence data-editorial). -->
<#macro citationRows c>
<#if c.type == "newspaper">
<div data-editorial>
<dt>Newspaper</dt>
<dd><#if c.holderUrl?has_content><a href="${root}${c.holderUrl}" data-pagefind-filter="archive">${c.holder}</a><#else><span data-pagefind-filter="archive">${c.holder}</span></#if><#if c.printedAs?has_content> <span class="muted">(printed as “${c.printedAs}”)</span></#if><#if c.issue?has_content>, issue of <time datetime="${c.issueIso}">${c.issue}</time></#if></dd>
</div>
<#elseif c.type == "archive">
<div data-editorial>
<dt>Archive file</dt>
<dd><#if c.holderUrl?has_content><a href="${root}${c.holderUrl}" data-pagefind-filter="archive">${c.holder}</a><#else><span data-pagefind-filter="archive">${c.holder}</span></#if><#if c.printedAs?has_content> <span class="muted">(printed as “${c.printedAs}”)</span></#if><#if c.fond?has_content>, fond <#if c.fondUrl?has_content><a href="${root}${c.fondUrl}">${c.fond}</a><#else>${c.fond}</#if></#if><#list c.shelf as part>, ${part.label} ${part.value}</#list></dd>
</div>
</#if>
</#macro>

<#-- A person's or place's sources: each a link when it is an address. -->
<#macro sourceList sources>
<#list sources as s><#if s.url?has_content><a href="${s.url}">${s.text}</a><#else>${s.text}</#if><#sep>; </#list>
</#macro>

<#-- Persons named, same archive file, related documents: sections at the end of a document page. -->
<#macro documentSections a>
<#if a.persons?has_content>
<section class="persons-named" aria-labelledby="h-persons" data-pagefind-ignore>
<h2 id="h-persons">Persons named</h2>
<ul class="person-list">
<#list a.persons as p>
<li><a href="${root}${p.url}" data-pagefind-filter="person">${p.name}</a></li>
</#list>
</ul>
</section>
</#if>
<#if a.places?has_content>
<section class="places-named" aria-labelledby="h-places" data-pagefind-ignore>
<h2 id="h-places">Places named</h2>
<ul class="person-list">
<#list a.places as p>
<li><a href="${root}${p.url}" data-pagefind-filter="place">${p.name}</a></li>
</#list>
</ul>
</section>
</#if>
<#if a.sameFile?has_content>
<section class="same-file" aria-labelledby="h-same-file" data-pagefind-ignore>
<h2 id="h-same-file">${a.sameFileLabel}</h2>
<ul class="entries">
<#list a.sameFile as d><@docItem d/></#list>
</ul>
<#if (a.sameFileMore!0) gt 0>
<#assign whole = (a.citation.fondUrl?has_content)?then(a.citation.fondUrl, a.citation.holderUrl)>
<p class="more">and ${a.sameFileMore} more<#if whole?has_content>, listed on the page of <a href="${root}${whole}"><#if a.citation.fondUrl?has_content>fond ${a.citation.fond}<#else>${a.citation.holder}</#if></a></#if>.</p>
</#if>
</section>
</#if>
<#if a.related?has_content>
<section class="related" aria-labelledby="h-related" data-pagefind-ignore>
<h2 id="h-related">Related documents in other sources</h2>
<ul class="entries">
<#list a.related as d><@docItem d/></#list>
</ul>
</section>
</#if>
</#macro>
