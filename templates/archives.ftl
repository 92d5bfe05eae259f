<#ftl output_format="HTML" strip_whitespace=true>
<#-- archives.html: the archives and newspapers the documents are cited from. Model: index (archives, newspapers). -->
<#import "layout.ftl" as layout>
<#macro holdings list>
<ul class="entries">
<#list list as h>
<li><a href="${h.url}">${h.name}</a> <span class="entry-meta"><#if h.fullName != h.name>${h.fullName} · </#if>${h.count} document<#if h.count != 1>s</#if></span>
<#if h.fonds?has_content>
<ul class="fonds">
<#list h.fonds as f><li><a href="${f.url}">Fond ${f.fond}</a> <span class="count">${f.count}</span></li></#list>
</ul>
</#if>
</li>
</#list>
</ul>
</#macro>
<@layout.page title="Archives and newspapers" current="archives" description="The archives, fonds and newspapers the documents of this edition are cited from.">
<h1>Archives and newspapers</h1>
<p class="lede">Where the originals of the documents are kept, as the printed collection cites them, read into archive, fond, opis (inventory), papka (folder), delo (file) and list (sheet); and the newspapers that printed them.</p>
<#if index.archives?has_content>
<h2>Archives</h2>
<@holdings index.archives/>
</#if>
<#if index.newspapers?has_content>
<h2>Newspapers</h2>
<@holdings index.newspapers/>
</#if>
<#if !index.archives?has_content && !index.newspapers?has_content>
<p>No document of this edition carries an archive citation.</p>
</#if>
<p><a href="sources.html">Sources</a></p>
</@layout.page>
