// Refuses a file over the size limit before it is sent, so that nobody waits for an upload the
// server will reject anyway. The server checks the size again.
(function () {
  var form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('file');
  var warning = document.getElementById('file-too-large');
  input.addEventListener('change', function () {
    warning.classList.remove('d-block');
  });
  form.addEventListener('submit', function (event) {
    var max = Number(form.getAttribute('data-max-bytes'));
    if (input.files.length > 0 && input.files[0].size > max) {
      event.preventDefault();
      warning.classList.add('d-block');
    }
  });
})();
