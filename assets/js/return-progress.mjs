// The SSDA903 check page: follow the check's progress and show the report when it ends.
const box = document.querySelector("[data-check-status-url]");
if (box) {
  const url = box.getAttribute("data-check-status-url");
  const bar = box.querySelector("progress");
  const stage = box.querySelector("[data-check-stage]");
  const follow = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.status === 404) return; // signed out, or not this user's check: the page's link still works
      if (response.ok) {
        const state = await response.json();
        if (state.finished) {
          window.location.reload();
          return;
        }
        bar.value = state.progress;
        bar.textContent = `${state.progress}%`;
        stage.textContent = `${state.progress}% done. ${state.stage}`;
      }
    } catch {
      // a dropped connection: try again at the next tick
    }
    window.setTimeout(follow, 1500);
  };
  window.setTimeout(follow, 1500);
}
