<#ftl output_format="HTML" strip_whitespace=true>
<#--
  persons/<id>.html: one person. Model: person (name, nameRu, nameZh, dates, born, died, role,
  variants, wikidata, wikidataUrl, viaf, viafUrl, sources [text, url], notes [biography,
  nameAsPrinted, ordinal, document], documents [this page's summaries with asPrinted and sentence],
  count, sourceCount, paging [see apparatus.ftl], notesOnFirstPage). The facts come from the
  editors' authority file (content/persons.csv) and name their sources; biographies are the
  collection's editorial notes, quoted and credited.
-->
<#import "layout.ftl" as layout>
<#import "apparatus.ftl" as ap>
<#assign p = person>
<@layout.page title=p.name + ap.pageSuffix(p.paging) current="persons" description="${p.name}${p.dates?has_content?then(' (' + p.dates + ')', '')}${p.role?has_content?then(': ' + p.role, '')}. Named in ${p.count} document(s) of this edition.">
<h1>${p.name}<#if p.paging.page gt 1> <span class="count">page ${p.paging.page} of ${p.paging.pages}</span></#if></h1>
<#if p.paging.page == 1>
<#if p.nameRu?has_content || p.nameZh?has_content || p.dates?has_content || p.role?has_content || p.wikidataUrl?has_content || p.viafUrl?has_content>
<dl class="doc-meta authority" data-editorial>
<#if p.nameRu?has_content><div><dt>Russian</dt><dd lang="ru">${p.nameRu}</dd></div></#if>
<#if p.nameZh?has_content><div><dt>Chinese</dt><dd lang="zh-Hans">${p.nameZh}</dd></div></#if>
<#if p.dates?has_content><div><dt>Life</dt><dd><#if p.born?has_content><time datetime="${p.born}">${p.born}</time></#if><#if p.born?has_content && p.died?has_content>–<#elseif p.died?has_content>died </#if><#if p.died?has_content><time datetime="${p.died}">${p.died}</time></#if></dd></div></#if>
<#if p.role?has_content><div><dt>Role</dt><dd>${p.role}</dd></div></#if>
<#if p.wikidataUrl?has_content || p.viafUrl?has_content><div><dt>Authority records</dt><dd><#if p.wikidataUrl?has_content><a href="${p.wikidataUrl}">Wikidata ${p.wikidata}</a></#if><#if p.wikidataUrl?has_content && p.viafUrl?has_content>; </#if><#if p.viafUrl?has_content><a href="${p.viafUrl}">VIAF ${p.viaf}</a></#if></dd></div></#if>
</dl>
</#if>
<#if p.variants?has_content>
<p class="muted">Also written: <#list p.variants as v>${v}<#sep>; </#list></p>
</#if>
<#if p.sources?has_content>
<p class="muted">Sources: <@ap.sourceList p.sources/>.</p>
</#if>
</#if>
<#if p.notes?has_content>
<section aria-labelledby="h-bio">
<h2 id="h-bio">Biography in the collection</h2>
<#list p.notes as n>
<blockquote class="biography" data-editorial>
<p>${n.biography}</p>
</blockquote>
<p class="muted">Editorial note ${n.ordinal} (“${n.nameAsPrinted}”) to <a href="${root}${n.document.url}#fn-${n.ordinal}">${n.document.number?has_content?then(n.document.number + ": ", "")}${n.document.title}</a>, ${n.document.source}.</p>
</#list>
</section>
<#elseif p.notesOnFirstPage>
<p class="muted"><a href="${root}${p.paging.links[0].url}">The biography</a> is on the first page.</p>
<#elseif !p.role?has_content>
<p class="muted">The sources give no biography.</p>
</#if>
<section aria-labelledby="h-docs">
<h2 id="h-docs">Named in ${p.count} document<#if p.count != 1>s</#if><#if p.sourceCount gt 1> from ${p.sourceCount} sources</#if></h2>
<@ap.pager paging=p.paging label="Pages of the list"/>
<ul class="entries">
<#list p.documents as d><@ap.docItem d=d extra=(d.asPrinted?? && d.asPrinted != p.name)?then("as “" + d.asPrinted + "”", "") sentence=d.sentence!""/></#list>
</ul>
<@ap.pager paging=p.paging label="Pages of the list, again"/>
</section>
<p><a href="${root}persons.html">All persons</a></p>
</@layout.page>
