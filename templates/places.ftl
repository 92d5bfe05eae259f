<#ftl output_format="HTML" strip_whitespace=true>
<#-- places.html: every place the documents name, by name. Model: index (places: name, url, count, kind, currentName, description). -->
<#import "layout.ftl" as layout>
<#assign ps = index.places>
<@layout.page title="Places" current="places" description="The ${ps?size} places named in the documents of this edition, with their names then and now.">
<h1>Places</h1>
<p class="lede">${ps?size} place<#if ps?size != 1>s</#if> named in the documents, from the editors’ authority file. Each page gives the names then and now, the coordinates, and every document that names the place.</p>
<ul class="person-index">
<#list ps as p>
<li><a href="${p.url}">${p.name}</a><#if p.currentName?has_content> <span class="muted">(today ${p.currentName})</span></#if> <span class="count">${p.count} document<#if p.count != 1>s</#if></span><#if p.description?has_content><br><span class="muted">${p.description}</span></#if></li>
</#list>
</ul>
</@layout.page>
