// Upload page: many files at once (drag and drop or the file picker), a progress bar per file,
// then each file's status followed live until it is indexed or refused. No framework.
(function () {
  "use strict";
  var form = document.getElementById("unggah");
  if (!form) { return; }
  var csrf = form.dataset.csrf;
  var statusUrl = form.dataset.status;
  var zone = document.getElementById("zona");
  var picker = document.getElementById("berkas");
  var rows = document.querySelector("#antrean tbody");
  var watched = {};   // document id -> status cell
  var version = -1;
  var following = false;

  function row(name) {
    var tr = document.createElement("tr");
    var nameCell = document.createElement("td");
    nameCell.textContent = name;
    var progressCell = document.createElement("td");
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Kemajuan unggah " + name);
    progressCell.appendChild(bar);
    var statusCell = document.createElement("td");
    statusCell.className = "status";
    statusCell.textContent = "Mengunggah…";
    tr.appendChild(nameCell); tr.appendChild(progressCell); tr.appendChild(statusCell);
    rows.appendChild(tr);
    return { bar: bar, status: statusCell, tr: tr };
  }

  function show(cell, text, kind) {
    cell.textContent = text;
    cell.dataset.jenis = kind || "";
  }

  function send(file) {
    var view = row(file.name);
    var data = new FormData();
    data.append("berkas", file, file.name);
    data.append("kategori", form.elements.kategori.value);
    data.append("tahun", form.elements.tahun.value);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { view.bar.value = Math.round(100 * e.loaded / e.total); }
    };
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = {}; }
      view.bar.value = 100;
      if (xhr.status === 200 && answer.document_id) {
        view.tr.dataset.dokumen = answer.document_id;
        show(view.status, answer.label + (answer.duplikat ? " (sudah pernah diunggah)" : ""), answer.status);
        watched[answer.document_id] = view.status;
        follow();
      } else {
        show(view.status, "Ditolak: " + (answer.pesan || "kesalahan " + xhr.status), "ditolak");
      }
    };
    xhr.onerror = function () { show(view.status, "Gagal terkirim: periksa sambungan lalu coba lagi.", "ditolak"); };
    xhr.send(data);
  }

  function sendAll(files) {
    for (var i = 0; i < files.length; i++) { send(files[i]); }
  }

  function follow() {
    if (following) { return; }
    var ids = Object.keys(watched);
    if (ids.length === 0) { return; }
    following = true;
    var xhr = new XMLHttpRequest();
    xhr.open("GET", statusUrl + "?v=" + version + "&ids=" + encodeURIComponent(ids.join(",")));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      following = false;
      if (xhr.status !== 200) { setTimeout(follow, 5000); return; }
      var answer = JSON.parse(xhr.responseText);
      version = answer.v;
      answer.dokumen.forEach(function (d) {
        var cell = watched[d.document_id];
        if (!cell) { return; }
        show(cell, d.alasan ? d.label + ": " + d.alasan : d.label, d.status);
        if (d.selesai) { delete watched[d.document_id]; }
      });
      setTimeout(follow, 200);
    };
    xhr.onerror = function () { following = false; setTimeout(follow, 5000); };
    xhr.send();
  }

  picker.addEventListener("change", function () { sendAll(picker.files); picker.value = ""; });
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("aktif"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("aktif"); });
  });
  zone.addEventListener("drop", function (e) { sendAll(e.dataTransfer.files); });
  form.addEventListener("submit", function (e) { e.preventDefault(); sendAll(picker.files); });
})();
