/**
 * The Momentum block in the editor. Plain JavaScript on WordPress's own globals: no build step.
 * The block saves nothing but its comment and attributes (save returns null); PHP checks each
 * value and prints the widget on the page, and its preview here names any value it will ignore.
 */
( function ( wp ) {
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const siteDefault = { value: '', label: __( 'Site default', 'momentum' ) };

	// The block's attributes are the [momentum] shortcode's; empty means the site's default.
	const fields = [
		{ name: 'clinic_name', label: __( 'Clinic name', 'momentum' ), help: __( 'Up to 80 characters.', 'momentum' ) },
		{ name: 'consult_url', label: __( 'Consultation link', 'momentum' ), help: __( 'A path on this site such as /contact/, or an https:// address.', 'momentum' ) },
		{ name: 'accent', label: __( 'Accent colour', 'momentum' ), help: __( 'Such as #1d6b64.', 'momentum' ) },
		{
			name: 'week_start',
			label: __( 'Week starts on', 'momentum' ),
			options: [ siteDefault, { value: 'monday', label: __( 'Monday', 'momentum' ) }, { value: 'sunday', label: __( 'Sunday', 'momentum' ) } ],
		},
		{ name: 'support_text', label: __( 'Support line text', 'momentum' ), help: __( 'Such as "Call or text 988".', 'momentum' ) },
		{ name: 'support_url', label: __( 'Support line link', 'momentum' ), help: __( 'tel: or sms: and a number, or an https:// address.', 'momentum' ) },
		{
			name: 'lang',
			label: __( 'Language', 'momentum' ),
			options: [ siteDefault, { value: 'en', label: 'English' }, { value: 'es', label: 'Español' } ],
		},
		{
			name: 'offline',
			label: __( 'Offline copy', 'momentum' ),
			options: [ siteDefault, { value: 'on', label: __( 'On', 'momentum' ) }, { value: 'off', label: __( 'Off', 'momentum' ) } ],
		},
		{ name: 'offline_scope', label: __( 'Offline scope', 'momentum' ), help: __( 'A path on this site such as /.', 'momentum' ) },
		{ name: 'storage_key', label: __( 'Storage key', 'momentum' ), help: __( 'Only for several widgets on one site that should each keep their own plan: letters, digits, - or _.', 'momentum' ) },
	];

	function Edit( { attributes, setAttributes } ) {
		const controls = fields.map( ( field ) =>
			el( field.options ? SelectControl : TextControl, {
				key: field.name,
				label: field.label,
				help: field.help,
				options: field.options,
				value: attributes[ field.name ] || '',
				onChange: ( value ) => setAttributes( { [ field.name ]: value || undefined } ),
			} )
		);
		return el(
			'div',
			useBlockProps(),
			el( InspectorControls, null, el( PanelBody, { title: __( 'Widget settings', 'momentum' ) }, controls ) ),
			el( ServerSideRender, { block: 'momentum/exercise-plan', attributes } )
		);
	}

	wp.blocks.registerBlockType( 'momentum/exercise-plan', {
		edit: Edit,
		save: () => null,
	} );
} )( window.wp );
