<#ftl output_format="HTML" strip_whitespace=true>
<#--
  persons/<id>.html: one person. Model: person (name, variants, notes [biography, nameAsPrinted,
  ordinal, document], documents [this page's summaries with asPrinted], count, sourceCount, paging
  [see apparatus.ftl], notesOnFirstPage). A long list of documents takes several pages. Biographies are the
  collection's editorial notes, quoted; the note's own page holds the text the seed has.
-->
<#import "layout.ftl" as layout>
<#import "apparatus.ftl" as ap>
<#assign p = person>
<@layout.page title=p.name + ap.pageSuffix(p.paging) current="persons" description="${p.name}: named in ${p.count} document(s) of this edition.">
<h1>${p.name}<#if p.paging.page gt 1> <span class="count">page ${p.paging.page} of ${p.paging.pages}</span></#if></h1>
<#if p.variants?has_content>
<p class="muted">Also written: <#list p.variants as v>${v}<#sep>; </#list></p>
</#if>
<#if p.notes?has_content>
<section aria-labelledby="h-bio">
<h2 id="h-bio">Biography</h2>
<#list p.notes as n>
<blockquote class="biography" data-editorial>
<p>${n.biography}</p>
</blockquote>
<p class="muted">Editorial note ${n.ordinal} (“${n.nameAsPrinted}”) to <a href="${root}${n.document.url}#fn-${n.ordinal}">${n.document.number?has_content?then(n.document.number + ": ", "")}${n.document.title}</a>, ${n.document.source}.</p>
</#list>
</section>
<#elseif p.notesOnFirstPage>
<p class="muted"><a href="${root}${p.paging.links[0].url}">The biography</a> is on the first page.</p>
<#else>
<p class="muted">The sources give no biography.</p>
</#if>
<section aria-labelledby="h-docs">
<h2 id="h-docs">Named in ${p.count} document<#if p.count != 1>s</#if><#if p.sourceCount gt 1> from ${p.sourceCount} sources</#if></h2>
<@ap.pager paging=p.paging label="Pages of the list"/>
<ul class="entries">
<#list p.documents as d><@ap.docItem d=d extra=(d.asPrinted?? && d.asPrinted != p.name)?then("as “" + d.asPrinted + "”", "")/></#list>
</ul>
<@ap.pager paging=p.paging label="Pages of the list, again"/>
</section>
<p><a href="${root}persons.html">All persons</a></p>
</@layout.page>
