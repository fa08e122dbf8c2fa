// The document page: print (and "save as PDF" from the print dialog), and the article named in the address
// highlighted after the page (or a new #fragment) loads.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
    function mark() {
        document.querySelectorAll(".article--target").forEach(function (el) { el.classList.remove("article--target"); });
        var id = decodeURIComponent(location.hash.slice(1));
        var target = id && document.getElementById(id);
        if (target) {
            var article = target.closest(".article") || target;
            article.classList.add("article--target");
            article.scrollIntoView({block: "start"});
        }
    }
    window.addEventListener("hashchange", mark);
    mark();
})();
