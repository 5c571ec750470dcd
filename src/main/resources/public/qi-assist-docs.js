// Swagger UI over the service's own description, for GET /docs. A file of its own, not a script
// in the page, so that the page's Content-Security-Policy can refuse every inline script.
// validatorUrl null keeps Swagger UI from asking a validator on the network.
window.ui = SwaggerUIBundle({
  url: "/openapi.yaml",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  tryItOutEnabled: true,
});
