// The clinic's own page script, as a real site has: it reads the visitor's account from an API,
// counts a page view, and posts a form. None of it is Momentum's to request again or to keep.
fetch('/api/secret.json?user=alice')
  .then((r) => r.json())
  .then((account) => {
    document.getElementById('visitor').textContent = account.name;
  });
new Image().src = '/track.gif?event=view&visitor=42';
fetch('/api/mood', { method: 'POST', body: 'mood=2' });
